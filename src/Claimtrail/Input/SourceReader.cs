using System.Runtime.CompilerServices;
using Claimtrail.Errors;
using Claimtrail.Input.Posts;
using Claimtrail.Input.Telegram;

namespace Claimtrail.Input;

/// <summary>
/// Reads any file an ingest is given as a stream of items: a Telegram export or JSON Lines of posts give one
/// item per post, an article (plain text, Markdown, HTML) gives one. The kind is recognised from the content
/// unless <c>format</c> forces one. Every failure is an item that names the file (and the line or message id),
/// never an exception, so a batch goes on.
/// </summary>
public static class SourceReader
{
    /// <summary>What <paramref name="path"/> holds, from its first bytes (an article when nothing else fits; null when unreadable or empty).</summary>
    public static async Task<DocumentFormat?> DetectAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? await SourceSniffer.DetectAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>What the bytes <paramref name="head"/> (the start of an input) hold; null for an article or nothing recognisable.</summary>
    public static DocumentFormat? Detect(ReadOnlySpan<byte> head) => SourceSniffer.Detect(head);

    /// <summary>The items of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format to read it as; null to recognise it.</param>
    /// <param name="options">Size limits.</param>
    /// <param name="feeds">Reads feed files; null when feeds are not supported by the caller.</param>
    /// <param name="cancellationToken">Stops the reading between items.</param>
    public static async IAsyncEnumerable<InputItem> ReadAsync(
        string path,
        DocumentFormat? format,
        DocumentReaderOptions options,
        Func<string, CancellationToken, IAsyncEnumerable<InputItem>>? feeds = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        format ??= await DetectAsync(path, cancellationToken).ConfigureAwait(false);
        var items = format switch
        {
            DocumentFormat.Telegram => TelegramExportReader.ReadAsync(path, options, cancellationToken),
            DocumentFormat.JsonLines => PostLinesReader.ReadAsync(path, options, cancellationToken),
            DocumentFormat.Feed when feeds is not null => feeds(path, cancellationToken),
            DocumentFormat.Feed => Single(new RejectedItem(path, 0, new InputException(path, "feeds are not supported here"), "unsupported format")),
            _ => ReadArticleAsync(path, format, options, cancellationToken),
        };
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<InputItem> ReadArticleAsync(string path, DocumentFormat? format, DocumentReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        InputItem item;
        try
        {
            var document = await DocumentReader.ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
            if (format is { } forced && forced != document.Format)
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
                document = DocumentReader.ReadText(path, text, forced);
            }

            item = new DocumentItem(path, Length(path), document);
        }
        catch (InputException ex)
        {
            item = new RejectedItem(path, Length(path), ex, SourceFiles.Unreadable);
        }
        catch (IOException ex)
        {
            item = new RejectedItem(path, Length(path), new InputException(path, "cannot be read: " + ex.Message, innerException: ex), SourceFiles.Unreadable);
        }
        catch (UnauthorizedAccessException ex)
        {
            item = new RejectedItem(path, Length(path), new InputException(path, "permission denied", innerException: ex), SourceFiles.Unreadable);
        }

        yield return item;
    }

    private static async IAsyncEnumerable<InputItem> Single(InputItem item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }

    private static long Length(string path)
    {
        try
        {
            return File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
