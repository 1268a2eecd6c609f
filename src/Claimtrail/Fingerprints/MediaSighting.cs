namespace Claimtrail.Fingerprints;

/// <summary>One appearance of a media file in the ledger: a post that carried it, or a file ingested from disk.</summary>
/// <param name="Sha256">The file it is an appearance of.</param>
/// <param name="Reference">Where it appeared: the path in an export or on disk, or a URL.</param>
/// <param name="SeenAt">When the ledger stored it (cut to microseconds).</param>
public sealed record MediaSighting(string Sha256, string Reference, DateTimeOffset SeenAt)
{
    /// <summary>The report (post) that carried it; null for a file ingested on its own.</summary>
    public string? ReportId { get; init; }

    /// <summary>When that post was published, when it says.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The earliest time it is known to have been public: the post's publication, else when the ledger saw it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset Appeared => Published is { } published && published < SeenAt ? published : SeenAt;
}
