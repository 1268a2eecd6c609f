namespace Claimtrail.Ledger;

/// <summary>What <c>claimtrail watch</c> keeps of each feed between runs. A role of <see cref="ILedger"/>.</summary>
public interface IFeedCheckpoints
{
    /// <summary>The watch state kept for the feed at <paramref name="url"/>; null when none was saved.</summary>
    Task<FeedCheckpoint?> GetFeedCheckpointAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Saves (replaces) the watch state of <see cref="FeedCheckpoint.Url"/>, times cut to microseconds.</summary>
    Task SaveFeedCheckpointAsync(FeedCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Every feed's watch state, by URL (ordinal), for an export.</summary>
    IAsyncEnumerable<FeedCheckpoint> ListFeedCheckpointsAsync(CancellationToken cancellationToken = default);
}
