namespace Claimtrail.Ledger;

/// <summary>
/// What <c>claimtrail watch</c> keeps about one feed between runs: the validators for conditional requests, the
/// backoff after failures, and the entries of the last answer already dealt with. Stored in the ledger, so a
/// restarted watch asks with <c>If-None-Match</c> / <c>If-Modified-Since</c> and ingests nothing old.
/// </summary>
/// <param name="Url">The feed's address, as the feed list writes it.</param>
public sealed record FeedCheckpoint(string Url)
{
    /// <summary>The last entity tag the server sent.</summary>
    public string? ETag { get; init; }

    /// <summary>The last <c>Last-Modified</c> the server sent.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Polls that failed in a row.</summary>
    public int Failures { get; init; }

    /// <summary>When the feed may be polled again after failures; null when it may be polled at once.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>The entries of the last answer already dealt with (by source and text hash), in the order they came.</summary>
    public IReadOnlyList<string> Seen { get; init; } = [];
}
