using System.Text;
using System.Text.Json;

namespace Claimtrail.Input;

/// <summary>
/// Tells what a file holds from its first bytes: a Telegram export (a JSON object spread over lines with a
/// <c>messages</c> array), JSON Lines (a whole JSON object on the first line), a JSON Feed, an RSS or Atom feed,
/// or else an article (plain text, Markdown or HTML, told apart later by <see cref="FormatDetector"/>).
/// </summary>
internal static class SourceSniffer
{
    private const int SniffBytes = 64 * 1024;

    public static async Task<DocumentFormat?> DetectAsync(string path, CancellationToken cancellationToken)
    {
        byte[] head;
        int length;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                head = new byte[SniffBytes];
                length = await stream.ReadAtLeastAsync(head, SniffBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The reader that follows reports the failure with its reason.
            return null;
        }

        return Detect(head.AsSpan(0, length));
    }

    public static DocumentFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var trimmed = head.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty)
        {
            return null;
        }

        if (trimmed[0] == (byte)'{')
        {
            if (IsWholeObjectLine(trimmed))
            {
                // A JSON Feed written on one line is one whole object too.
                return IsJsonFeedLine(trimmed) ? DocumentFormat.Feed : DocumentFormat.JsonLines;
            }

            if (trimmed.IndexOf("jsonfeed.org/version"u8) >= 0)
            {
                return DocumentFormat.Feed;
            }

            return DocumentFormat.Telegram;
        }

        if (trimmed[0] == (byte)'<')
        {
            var text = Encoding.UTF8.GetString(trimmed[..Math.Min(trimmed.Length, 4096)]);
            var isHtml = text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
            if (!isHtml && (text.Contains("<rss", StringComparison.Ordinal) || text.Contains("<feed", StringComparison.Ordinal) || text.Contains("<rdf:RDF", StringComparison.Ordinal)))
            {
                return DocumentFormat.Feed;
            }
        }

        return null;
    }

    // A JSON Feed's top level names its version and holds its items; a post that merely quotes the address has no
    // "items" beside it.
    private static bool IsJsonFeedLine(ReadOnlySpan<byte> text)
    {
        var line = FirstLine(text);
        return line.IndexOf("jsonfeed.org/version"u8) >= 0 && line.IndexOf("\"items\""u8) >= 0 && line.IndexOf("\"version\""u8) >= 0;
    }

    // JSON Lines: the first line is a complete JSON object by itself. A Telegram export or a JSON Feed is
    // indented, or at least is one object whose end is far beyond its first line.
    private static bool IsWholeObjectLine(ReadOnlySpan<byte> text)
    {
        var line = FirstLine(text);
        var reader = new Utf8JsonReader(line, isFinalBlock: false, default);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.TrySkip() && line.IndexOf("\"messages\":"u8) < 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> text)
    {
        var newline = text.IndexOf((byte)'\n');
        return newline < 0 ? text : text[..newline];
    }
}
