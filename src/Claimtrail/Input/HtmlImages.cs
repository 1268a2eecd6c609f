using AngleSharp.Dom;
using SmartReader;

namespace Claimtrail.Input;

/// <summary>
/// The images a page's article shows: the <c>img</c> elements of the article SmartReader finds (the whole body when it
/// finds none), then the page's declared lead image (<c>og:image</c>, <c>twitter:image</c>), as absolute http(s) URLs in
/// page order, each once. Navigation, logos and tracking pixels outside the article are left out with the article's
/// surroundings; inline <c>data:</c> images and other schemes are skipped.
/// </summary>
public static class HtmlImages
{
    /// <summary>The most images taken from one page: a gallery page is not a reason to fetch hundreds.</summary>
    public const int MaxImages = 20;

    /// <summary>The article images of <paramref name="html"/>, fetched from <paramref name="page"/> (which relative URLs resolve against).</summary>
    public static IReadOnlyList<Uri> Of(string html, Uri page, int max = MaxImages)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(page);
        var found = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? reference)
        {
            if (found.Count < max && !string.IsNullOrWhiteSpace(reference) && Uri.TryCreate(page, reference.Trim(), out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && seen.Add(url.AbsoluteUri))
            {
                found.Add(url);
            }
        }

        var document = HtmlText.Parse(html);
        string? content = null;
        try
        {
            var article = Reader.ParseArticle(page.AbsoluteUri, html, null);
            content = article is { IsReadable: true } ? article.Content : null;
        }
#pragma warning disable CA1031 // A fault in the article heuristics must not lose the page's images: the body is the fallback.
        catch (Exception)
#pragma warning restore CA1031
        {
            content = null;
        }

        var root = string.IsNullOrWhiteSpace(content) ? (IParentNode?)document.Body ?? document : HtmlText.Parse(content);
        foreach (var image in root.QuerySelectorAll("img"))
        {
            // Lazy-loading pages keep the real address in data-src and a placeholder in src.
            Add(image.GetAttribute("data-src") is { Length: > 0 } lazy ? lazy : image.GetAttribute("src"));
        }

        foreach (var meta in document.QuerySelectorAll("meta[property='og:image'], meta[name='twitter:image']"))
        {
            Add(meta.GetAttribute("content"));
        }

        return found;
    }
}
