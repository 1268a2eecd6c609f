using System.Globalization;
using System.Text.Json.Nodes;
using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Publishing;

/// <summary>
/// A reviewed claim as schema.org ClaimReview JSON-LD: claimReviewed (under 75 characters), reviewRating with
/// a 1–5 value and the verdict as alternateName, itemReviewed as a Claim with its appearances and first
/// appearance, author, datePublished and url.
/// </summary>
public static class ClaimReviewJson
{
    /// <summary>claimReviewed is kept shorter than this (fact-check search surfaces cut longer ones).</summary>
    public const int MaxClaimReviewed = 75;

    /// <summary>True for the statuses that are a published verdict (not unverified, not in review).</summary>
    public static bool IsFinal(ClaimStatus status) => status is not (ClaimStatus.Unverified or ClaimStatus.InReview);

    /// <summary>The rating of a verdict on a 1 (false) to 5 (confirmed) scale, and its name.</summary>
    public static (int Value, string Name) Rating(ClaimStatus status) => status switch
    {
        ClaimStatus.False => (1, "False"),
        ClaimStatus.Misleading => (2, "Misleading"),
        ClaimStatus.Unprovable => (3, "Unprovable"),
        ClaimStatus.Corroborated => (4, "Corroborated"),
        ClaimStatus.Confirmed => (5, "Confirmed"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a final verdict."),
    };

    /// <summary>The ClaimReview of <paramref name="claim"/>; null when its status is not a final verdict or it has no review.</summary>
    public static JsonObject? Create(ClaimDetail claim, PublishSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(settings);
        if (!IsFinal(claim.Status) || claim.Reviews.Count == 0)
        {
            return null;
        }

        var review = claim.Reviews[^1];
        var (value, name) = Rating(claim.Status);
        var appearances = claim.Reports.Select(Appearance).ToList();
        var itemReviewed = new JsonObject
        {
            ["@type"] = "Claim",
            ["name"] = claim.Text,
        };
        var speaker = claim.Mentions.Select(m => m.Mention.Speaker).FirstOrDefault(s => s.Name.Length > 0);
        if (speaker is not null)
        {
            itemReviewed["author"] = new JsonObject
            {
                ["@type"] = speaker.Kind == SourceKind.Person ? "Person" : "Organization",
                ["name"] = speaker.Name,
            };
        }

        if (claim.Reports.Count > 0 && (claim.Reports[0].Published ?? claim.Reports[0].IngestedAt) is var first)
        {
            itemReviewed["datePublished"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (appearances.Count > 0)
        {
            itemReviewed["firstAppearance"] = appearances[0].DeepClone();
            itemReviewed["appearance"] = new JsonArray([.. appearances]);
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = settings.BaseUrl + "/claims/" + Uri.EscapeDataString(claim.Id),
            ["claimReviewed"] = Shorten(claim.Text),
            ["datePublished"] = review.At.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = settings.Publisher, ["url"] = settings.BaseUrl + "/" },
            ["reviewBody"] = review.Rationale,
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = value,
                ["bestRating"] = 5,
                ["worstRating"] = 1,
                ["alternateName"] = name,
            },
            ["itemReviewed"] = itemReviewed,
        };
    }

    /// <summary>The claim's text cut at a word boundary, with an ellipsis, to fewer than <see cref="MaxClaimReviewed"/> characters.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length < MaxClaimReviewed)
        {
            return trimmed;
        }

        var cut = trimmed[..(MaxClaimReviewed - 2)];
        var space = cut.LastIndexOf(' ');
        if (space > MaxClaimReviewed / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    private static JsonObject Appearance(ReportSummary report)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork" };
        if (Uri.TryCreate(report.Source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            work["url"] = uri.ToString();
        }

        // A local file's path says nothing to readers and may reveal the desk's folders: only its name goes out.
        work["headline"] = report.Title ?? (work.ContainsKey("url") ? report.Source : Path.GetFileName(report.Source));
        if (report.Publisher is { } publisher)
        {
            work["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (report.Published is { } published)
        {
            work["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return work;
    }
}
