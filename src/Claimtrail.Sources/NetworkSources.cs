using System.Runtime.CompilerServices;
using System.Text;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Sources.Feeds;
using Claimtrail.Sources.Web;

namespace Claimtrail.Sources;

/// <summary>Feed files, and URLs fetched on request (a page or a feed), as streams of items for an ingest.</summary>
public static class NetworkSources
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml", "application/xml", "text/xml",
    };

    /// <summary>True when <paramref name="source"/> is an http or https URL rather than a file.</summary>
    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The entries of the feed file at <paramref name="path"/>.</summary>
    public static async IAsyncEnumerable<InputItem> ReadFeedFileAsync(string path, DocumentReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[]? body = null;
        RejectedItem? rejected = null;
        try
        {
            if (new FileInfo(path).Length > options.MaxBytes)
            {
                throw new InputException(path, $"file is over the {options.MaxBytes / (1024 * 1024)} MB size limit");
            }

            body = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            rejected = new RejectedItem(path, 0, ex, "unreadable file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected = new RejectedItem(path, 0, new InputException(path, "cannot be read: " + ex.Message, innerException: ex), "unreadable file");
        }

        if (rejected is not null)
        {
            yield return rejected;
            yield break;
        }

        foreach (var item in FeedDocuments.Parse(path, body!))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Fetches <paramref name="url"/> and gives its items: each entry of a feed, or the article of a page
    /// (extracted with SmartReader), with the final URL and fetch time; a failed fetch is one rejected item. With
    /// <paramref name="images"/>, a page's article images (<see cref="HtmlImages"/>) are listed in its post's media.
    /// </summary>
    public static async IAsyncEnumerable<InputItem> ReadUrlAsync(WebFetcher fetcher, string url, DocumentFormat? format, bool images = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(url);
        WebResponse? response = null;
        InputItem? failed = null;
        try
        {
            response = await fetcher.FetchAsync(new Uri(url), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            failed = new RejectedItem(url, 0, ex, "fetch failed");
        }

        if (failed is not null)
        {
            yield return failed;
            yield break;
        }

        foreach (var item in ItemsOf(url, response!, format, images))
        {
            yield return item;
        }
    }

    /// <summary>The items of a fetched response: a feed's entries, or a page's article (with its images in the post's media when <paramref name="images"/> is set).</summary>
    public static IReadOnlyList<InputItem> ItemsOf(string url, WebResponse response, DocumentFormat? format, bool images = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        var isFeed = format == DocumentFormat.Feed
            || (format is null && ((response.ContentType is { } type && FeedTypes.Contains(type)) || SourceReader.Detect(response.Body) == DocumentFormat.Feed));
        if (isFeed)
        {
            return FeedDocuments.Parse(url, response.Body, response.Fetched);
        }

        try
        {
            var text = Encoding.UTF8.GetString(response.Body);
            var isHtml = format is null && response.ContentType is { } media && media.Contains("html", StringComparison.OrdinalIgnoreCase);
            var document = DocumentReader.ReadText(response.FinalUrl.AbsoluteUri, text, isHtml ? DocumentFormat.Html : format);
            var linked = images && document.Format == DocumentFormat.Html
                ? HtmlImages.Of(text, response.FinalUrl).Select(u => new MediaItem("photo", u.AbsoluteUri)).ToList()
                : [];
            document = document with
            {
                Post = new PostMetadata { Platform = "web", Url = response.FinalUrl.AbsoluteUri, Author = null, Fetched = response.Fetched, Media = linked },
            };
            return [new DocumentItem(url, response.Body.LongLength, document)];
        }
        catch (InputException ex)
        {
            return [new RejectedItem(url, response.Body.LongLength, new InputException(url, ex.Reason, ex.Location, ex), "unreadable page")];
        }
    }
}
