using System.Buffers;
using System.Globalization;
using Claimtrail.Errors;
using SmartReader;

namespace Claimtrail.Input;

/// <summary>
/// Reads articles from files or from text given directly: plain text, Markdown (markup removed, prose kept)
/// or HTML (the main article text, scripts and styles dropped), told apart by content with the file
/// extension as a hint. Every input that cannot be used raises one <see cref="InputException"/> that names
/// it and says why: a missing file, a folder, a binary file, an empty file, invalid UTF-8 (with the byte
/// offset), a file over the size cap, HTML with no text. Never touches the network.
/// </summary>
public static class DocumentReader
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Reads the file at <paramref name="path"/> with the default limits.</summary>
    public static Task<SourceDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, DocumentReaderOptions.Default, cancellationToken);

    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="InputException"/> naming it on failure.</summary>
    public static async Task<SourceDocument> ReadFileAsync(string path, DocumentReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        // The whole file is held in one array, so the cap cannot pass the largest array.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxBytes, Array.MaxLength);
        if (path.Length == 0)
        {
            throw new InputException("(empty path)", "no file name given");
        }

        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        // The stated length is checked before anything is read, so a huge file costs nothing.
        CheckSize(path, new FileInfo(path).Length, options.MaxBytes);
        byte[] bytes;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await ReadCappedAsync(path, stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, "no such file", innerException: ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, "permission denied", innerException: ex);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message, innerException: ex);
        }

        var text = TextDecoding.Decode(path, bytes);
        return FromText(path, text, FormatDetector.Detect(text, Path.GetExtension(path)), FileUri(path), "file");
    }

    /// <summary>
    /// Reads text given directly (pasted or fetched) as if it were a file named <paramref name="source"/>:
    /// the format is detected from the content and <paramref name="source"/>'s extension unless given.
    /// </summary>
    public static SourceDocument ReadText(string source, string content, DocumentFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        var detected = format ?? FormatDetector.Detect(content, Extension(source));
        var uri = Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "file"
            ? absolute.AbsoluteUri
            : "about:blank";
        return FromText(source, content, detected, uri, "text");
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, refusing it once it passes <paramref name="maxBytes"/>:
    /// at most <paramref name="maxBytes"/> plus one buffer is ever held, whatever the stream's length.
    /// </summary>
    internal static async Task<byte[]> ReadCappedAsync(string source, Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            CheckSize(source, stream.Length, maxBytes);
        }

        var initial = stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) : BufferSize;
        using var memory = new MemoryStream(Math.Max(initial, 0));
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"file is over the {Megabytes(maxBytes)} size limit (stopped reading at {Megabytes(total)})"));
                }

                memory.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return memory.ToArray();
    }

    private static void CheckSize(string source, long length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"file is {Megabytes(length)}, over the {Megabytes(maxBytes)} size limit"));
        }
    }

    private static SourceDocument FromText(string source, string text, DocumentFormat format, string uri, string kind)
    {
        var document = format switch
        {
            DocumentFormat.Html => FromHtml(source, text, uri),
            DocumentFormat.Markdown => FromMarkdown(source, text),
            _ => new SourceDocument(source, text, DocumentFormat.PlainText),
        };

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new InputException(source, string.IsNullOrWhiteSpace(text) ? $"empty {kind} (only white space)" : format switch
            {
                DocumentFormat.Html => "HTML has no text once scripts, styles and markup are removed",
                _ => "Markdown has no prose once markup is removed",
            });
        }

        return document;
    }

    private static SourceDocument FromMarkdown(string source, string text)
    {
        var (prose, title) = MarkdownText.Of(text);
        return new SourceDocument(source, prose, DocumentFormat.Markdown) { Title = title };
    }

    private static SourceDocument FromHtml(string source, string html, string uri)
    {
        var page = HtmlText.Parse(html);
        var title = NullIfBlank(page.Title);
        var article = ParseArticle(uri, html);
        if (article is { IsReadable: true } && !string.IsNullOrWhiteSpace(article.Content))
        {
            var text = HtmlText.OfFragment(article.Content);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return new SourceDocument(source, text, DocumentFormat.Html)
                {
                    Title = NullIfBlank(article.Title) ?? title,
                    Published = Published(article.PublicationDate),
                    Publisher = NullIfBlank(article.SiteName),
                };
            }
        }

        // No article found (a short page, a listing): the whole body, less scripts and other non-prose.
        return new SourceDocument(source, HtmlText.Of(page), DocumentFormat.Html)
        {
            Title = NullIfBlank(article?.Title) ?? title,
            Publisher = NullIfBlank(article?.SiteName),
        };
    }

    private static Article? ParseArticle(string uri, string html)
    {
        try
        {
            return Reader.ParseArticle(uri, html, null);
        }
#pragma warning disable CA1031 // A fault in the article heuristics must not lose the document: the body text is the fallback.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static DateTimeOffset? Published(DateTime? date) => date switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        { } d => new DateTimeOffset(d.ToUniversalTime()),
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string? Extension(string source)
    {
        try
        {
            var path = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : source;
            return Path.GetExtension(path);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static string Megabytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
