using System.Text;
using System.Text.Json;

namespace Claimtrail.Bench;

/// <summary>The article texts of a news JSON Lines file, loaded into memory before anything is timed.</summary>
internal sealed class NewsCorpus
{
    private NewsCorpus(List<(string Id, string Text)> articles, long bytes, long words)
    {
        Articles = articles;
        Utf8Bytes = bytes;
        Words = words;
    }

    public IReadOnlyList<(string Id, string Text)> Articles { get; }

    /// <summary>UTF-8 bytes of the texts: the unit of every MB/s figure.</summary>
    public long Utf8Bytes { get; }

    /// <summary>Whitespace-separated words of the texts, counted as <c>wc -w</c> does.</summary>
    public long Words { get; }

    /// <summary>Reads articles in file order until <paramref name="limitBytes"/> of text are loaded.</summary>
    public static NewsCorpus Load(string path, long limitBytes)
    {
        var articles = new List<(string, string)>();
        long bytes = 0, words = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (bytes >= limitBytes)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString() ?? string.Empty;
            var text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            articles.Add((id, text));
            bytes += Encoding.UTF8.GetByteCount(text);
            words += CountWords(text);
        }

        return new NewsCorpus(articles, bytes, words);
    }

    private static long CountWords(string text)
    {
        long count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
