namespace Claimtrail.Ledger;

/// <summary>A stored report without its text and mentions.</summary>
/// <param name="Id">Content hash, <c>sha256:…</c>.</param>
/// <param name="Source">The path or URL it was read from.</param>
/// <param name="Title">Its title, when known.</param>
/// <param name="Language">ISO 639-1 language code.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="IngestedAt">When the ledger stored it.</param>
public sealed record ReportSummary(
    string Id,
    string Source,
    string? Title,
    string Language,
    DateTimeOffset? Published,
    string? Publisher,
    DateTimeOffset IngestedAt)
{
    /// <summary>The post's public address, when it has one.</summary>
    public string? Url { get; init; }

    /// <summary>The channel or account the report was forwarded from, as the report wrote it; null when it is no forward.</summary>
    public string? ForwardedFrom { get; init; }
}
