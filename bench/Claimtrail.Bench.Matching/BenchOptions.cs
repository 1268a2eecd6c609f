using System.Globalization;

namespace Claimtrail.Bench.Matching;

/// <summary>Command-line options of the matching benchmark; every one has a default.</summary>
internal sealed record BenchOptions
{
    public int Count { get; init; } = 100_000;

    public int Queries { get; init; } = 500;

    public int K { get; init; } = 10;

    public int Centres { get; init; } = 2_000;

    public int EmbedSentences { get; init; } = 400;

    public double Noise { get; init; } = 0.03;

    public int Connectivity { get; init; } = 16;

    public int ExpansionAdd { get; init; } = 128;

    /// <summary>Search expansions measured one after another on the same graph.</summary>
    public IReadOnlyList<int> ExpansionSearch { get; init; } = [64];

    /// <summary>Threads adding vectors to the graph at once (USearch allows concurrent adds into reserved room).</summary>
    public int BuildThreads { get; init; } = 1;

    public int Seed { get; init; } = 1;

    public string? Corpus { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--count" => options with { Count = Int(value) },
                "--queries" => options with { Queries = Int(value) },
                "--k" => options with { K = Int(value) },
                "--centres" => options with { Centres = Int(value) },
                "--embed-sentences" => options with { EmbedSentences = Int(value) },
                "--noise" => options with { Noise = double.Parse(value, CultureInfo.InvariantCulture) },
                "--connectivity" => options with { Connectivity = Int(value) },
                "--expansion-add" => options with { ExpansionAdd = Int(value) },
                "--expansion-search" => options with { ExpansionSearch = [.. value.Split(',').Select(Int)] },
                "--build-threads" => options with { BuildThreads = Int(value) },
                "--seed" => options with { Seed = Int(value) },
                "--corpus" => options with { Corpus = value },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
