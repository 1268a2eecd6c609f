using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Model;

namespace Claimtrail.Sources.Feeds;

/// <summary>
/// Turns an RSS 2.0, RSS 1.0, Atom (through CodeHollow.FeedReader) or JSON Feed document into one item per
/// entry: text from the content or summary (HTML reduced to its text), title, link, published time in UTC,
/// author, enclosures and attachments as media. Covers the parser's gaps: <c>dc:creator</c> as the author
/// and an Atom entry's <c>&lt;updated&gt;</c> when it has no <c>&lt;published&gt;</c>.
/// </summary>
public static class FeedDocuments
{
    /// <summary>The entries of the feed <paramref name="body"/> read from <paramref name="input"/>.</summary>
    public static IReadOnlyList<InputItem> Parse(string input, byte[] body, DateTimeOffset? fetched = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(body);
        var head = body.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        try
        {
            return !head.IsEmpty && head[0] == (byte)'{'
                ? ParseJsonFeed(input, body, fetched)
                : ParseXmlFeed(input, body, fetched);
        }
        catch (Exception ex) when (ex is XmlException or JsonException or FormatException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            return [new RejectedItem(input, body.LongLength, new InputException(input, "not a readable RSS, Atom or JSON feed: " + ex.Message, innerException: ex), "invalid feed")];
        }
    }

    private static List<InputItem> ParseXmlFeed(string input, byte[] body, DateTimeOffset? fetched)
    {
        var feed = FeedReader.ReadFromByteArray(body);
        var platform = feed.Type switch
        {
            FeedType.Atom => "atom",
            FeedType.Unknown => "feed",
            _ => "rss",
        };
        var items = new List<InputItem>();
        var index = 0;
        foreach (var entry in feed.Items)
        {
            index++;
            var element = entry.SpecificItem?.Element;
            var html = FirstText(entry.Content, entry.Description);
            var published = Utc(entry.PublishingDate) ?? ChildTime(element, "updated") ?? ChildTime(element, "date");
            var author = FirstText(entry.Author, ChildText(element, "creator"), AtomAuthor(element));
            var media = new List<MediaItem>();
            if (entry.SpecificItem is CodeHollow.FeedReader.Feeds.Rss20FeedItem { Enclosure: { Url: { } url } enclosure })
            {
                media.Add(new MediaItem(Kind(enclosure.MediaType), url) { MimeType = enclosure.MediaType, Size = enclosure.Length > 0 ? enclosure.Length : null });
            }

            items.Add(ToItem(input, body.LongLength, index, feed.Title, platform, entry.Id, entry.Link, entry.Title, html, published, author, media, fetched));
        }

        return items;
    }

    private static List<InputItem> ParseJsonFeed(string input, byte[] body, DateTimeOffset? fetched)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("no \"items\" array");
        }

        var title = Str(root, "title");
        var items = new List<InputItem>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            index++;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                items.Add(new RejectedItem(input, body.LongLength, new InputException(input, "the entry is not an object", $"entry #{index}"), "malformed record"));
                continue;
            }

            var html = FirstText(Str(entry, "content_html"), Str(entry, "content_text"), Str(entry, "summary"));
            var published = Time(Str(entry, "date_published")) ?? Time(Str(entry, "date_modified"));
            string? author = null;
            if (entry.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            {
                author = authors.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? Str(a, "name") : null).FirstOrDefault(n => n is not null);
            }
            else if (entry.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object)
            {
                author = Str(single, "name");
            }

            var media = new List<MediaItem>();
            if (entry.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in attachments.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
                {
                    var mime = Str(attachment, "mime_type");
                    var size = attachment.TryGetProperty("size_in_bytes", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var bytes) ? bytes : (long?)null;
                    media.Add(new MediaItem(Kind(mime), Str(attachment, "url")) { MimeType = mime, Size = size });
                }
            }

            var id = entry.TryGetProperty("id", out var idValue) ? (idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText()) : null;
            items.Add(ToItem(input, body.LongLength, index, title, "jsonfeed", id, Str(entry, "url"), Str(entry, "title"), html, published, author, media, fetched));
        }

        return items;
    }

    private static InputItem ToItem(string input, long position, int index, string? feedTitle, string platform, string? id, string? link, string? title, string? html, DateTimeOffset? published, string? author, List<MediaItem> media, DateTimeOffset? fetched)
    {
        var source = link ?? (id is null ? string.Create(CultureInfo.InvariantCulture, $"{input}#entry-{index}") : $"{input}#{id}");
        var text = html is null ? null : TextOf(source, html);
        if (string.IsNullOrWhiteSpace(text))
        {
            text = title;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new SkippedItem(input, position, "entry without text");
        }

        var document = new SourceDocument(source, text, DocumentFormat.Feed)
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Published = published,
            Publisher = string.IsNullOrWhiteSpace(feedTitle) ? null : feedTitle.Trim(),
            Post = new PostMetadata { Platform = platform, PostId = id, Url = link, Author = author, Fetched = fetched, Media = media },
        };
        return new DocumentItem(input, position, document);
    }

    // Entry content is an HTML fragment (or plain text); scripts and markup never reach the report text.
    private static string? TextOf(string source, string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return WebUtility.HtmlDecode(html);
        }

        try
        {
            return DocumentReader.ReadText(source, "<html><body>" + html + "</body></html>", DocumentFormat.Html).Text;
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Utc(DateTime? time) => time switch
    {
        null => null,
        { Kind: DateTimeKind.Local } t => new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero),
        { } t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
    };

    private static DateTimeOffset? Time(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;

    private static string? ChildText(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static DateTimeOffset? ChildTime(XElement? element, string localName) => Time(ChildText(element, localName));

    private static string? AtomAuthor(XElement? element) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == "author")?.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value;

    private static string Kind(string? mime) => mime switch
    {
        null => "document",
        _ when mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => "photo",
        _ when mime.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => "video",
        _ when mime.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => "audio",
        _ => "document",
    };
}
