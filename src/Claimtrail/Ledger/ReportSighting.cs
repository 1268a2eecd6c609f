using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>
/// A further appearance of a stored report's exact text: the same words posted or forwarded by another channel,
/// or at another time. A report is stored once (its id is its content hash); each other appearance is kept as a
/// sighting, because who spread a text and when is what origins and spread are made of.
/// </summary>
public sealed record ReportSighting
{
    /// <summary>The report whose text appeared again.</summary>
    public required string ReportId { get; init; }

    /// <summary>Where this appearance was read from: a path, URL or <c>FILE#id</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Who published this appearance, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>When this appearance was published, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>What this appearance said about itself; media are not kept for a sighting (the stored report has them).</summary>
    public PostMetadata? Post { get; init; }

    /// <summary>When the ledger recorded it.</summary>
    public required DateTimeOffset SightedAt { get; init; }

    /// <summary>
    /// What makes two appearances of one text different: source, publisher, publication time and the post's
    /// platform, id, URL, author and forward. Reading the same file or post again gives the same key.
    /// </summary>
    [JsonIgnore]
    public string AppearanceKey => KeyOf(Source, Publisher, Published, Post);

    /// <summary>The appearance of <paramref name="report"/> as a sighting recorded at <paramref name="at"/>.</summary>
    public static ReportSighting Of(Report report, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportSighting
        {
            ReportId = report.Id,
            Source = report.Source,
            Publisher = report.Publisher,
            Published = report.Published,
            Post = report.Post is { } post && !post.IsEmpty ? post with { Media = [], Location = null, Edited = null, Fetched = null } : null,
            SightedAt = at,
        };
    }

    /// <summary>The appearance key of a report or sighting with these fields (see <see cref="AppearanceKey"/>).</summary>
    public static string KeyOf(string source, string? publisher, DateTimeOffset? published, PostMetadata? post)
    {
        ArgumentNullException.ThrowIfNull(source);
        var time = published is { } p ? LedgerTime.Stamp(p).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture) : string.Empty;
        string[] parts = [source, publisher ?? string.Empty, time, post?.Platform ?? string.Empty, post?.PostId ?? string.Empty,
            post?.Url ?? string.Empty, post?.Author ?? string.Empty, post?.ForwardedFrom ?? string.Empty];

        // The unit separator cannot occur in a normalised field, so distinct field lists never join to one string.
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
    }
}
