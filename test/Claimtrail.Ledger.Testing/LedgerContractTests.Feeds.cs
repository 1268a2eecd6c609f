using Claimtrail.Ledger.Testing.Engines;

namespace Claimtrail.Ledger.Testing;

/// <summary>The watch state of feeds, kept between runs of <c>claimtrail watch</c>.</summary>
public abstract partial class LedgerContractTests
{
    [LedgerFact]
    public async Task A_saved_feed_checkpoint_reads_back_as_saved_and_a_later_save_replaces_it()
    {
        var first = new FeedCheckpoint("https://example.org/feed")
        {
            ETag = "\"v1\"",
            LastModified = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(3)),
            Seen = ["https://example.org/a\n01ab", "https://example.org/b\n02cd"],
        };
        await using var ledger = await OpenLedgerAsync(Clock);

        Assert.Null(await ledger.GetFeedCheckpointAsync(first.Url));
        await ledger.SaveFeedCheckpointAsync(first);
        var stored = await ledger.GetFeedCheckpointAsync(first.Url);

        Assert.NotNull(stored);
        Assert.Equal(("\"v1\"", first.LastModified, 0, (DateTimeOffset?)null), (stored.ETag, stored.LastModified, stored.Failures, stored.RetryAt));
        Assert.Equal(first.Seen, stored.Seen);

        var retry = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero).AddTicks(1234567);
        await ledger.SaveFeedCheckpointAsync(first with { ETag = null, Failures = 2, RetryAt = retry, Seen = [] });
        var replaced = await ledger.GetFeedCheckpointAsync(first.Url);

        Assert.NotNull(replaced);
        Assert.Null(replaced.ETag);
        Assert.Equal(2, replaced.Failures);
        Assert.Equal(LedgerTime.Stamp(retry), replaced.RetryAt);
        Assert.Empty(replaced.Seen);
    }

    [LedgerFact]
    public async Task Feed_checkpoints_list_by_url_and_survive_reopening()
    {
        await using (var ledger = await OpenLedgerAsync(Clock))
        {
            await ledger.SaveFeedCheckpointAsync(new FeedCheckpoint("https://example.org/z") { ETag = "\"z\"" });
            await ledger.SaveFeedCheckpointAsync(new FeedCheckpoint("https://example.org/a") { Failures = 1 });
        }

        await using var reopened = await OpenLedgerAsync(Clock);
        var listed = new List<FeedCheckpoint>();
        await foreach (var checkpoint in reopened.ListFeedCheckpointsAsync())
        {
            listed.Add(checkpoint);
        }

        Assert.Equal(["https://example.org/a", "https://example.org/z"], listed.Select(c => c.Url));
        Assert.Equal([1, 0], listed.Select(c => c.Failures));
        Assert.Equal("\"z\"", listed[1].ETag);
    }
}
