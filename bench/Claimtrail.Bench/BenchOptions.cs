using System.Globalization;

namespace Claimtrail.Bench;

/// <summary>Command-line options of the throughput benchmark.</summary>
/// <param name="Corpus">The news JSON Lines file ({id, title, text}).</param>
/// <param name="LimitMegabytes">Stop reading once this many MB (10^6 bytes) of UTF-8 text are loaded.</param>
/// <param name="Repeat">Timed runs per measurement; the median is reported.</param>
internal sealed record BenchOptions(string Corpus, double LimitMegabytes, int Repeat)
{
    public const string Usage = "usage: Claimtrail.Bench [--corpus FILE] [--limit-mb MB] [--repeat N]";

    /// <summary>Parses <paramref name="args"/>; returns null (with a reason) on bad usage.</summary>
    public static BenchOptions? Parse(string[] args, out string? error)
    {
        error = null;
        string? corpus = null;
        var limit = 5d;
        var repeat = 5;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--corpus" when value is not null:
                    corpus = value;
                    i++;
                    break;
                case "--limit-mb" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out limit) && limit > 0:
                    i++;
                    break;
                case "--repeat" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out repeat) && repeat > 0:
                    i++;
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}'";
                    return null;
            }
        }

        corpus ??= FindCorpus();
        if (corpus is null)
        {
            error = "no --corpus given and ../shared/corpus/news-en/news.jsonl not found above the working folder";
            return null;
        }

        return new BenchOptions(corpus, limit, repeat);
    }

    // The corpus sits beside the repository (../shared), never inside it.
    private static string? FindCorpus()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "corpus", "news-en", "news.jsonl");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
