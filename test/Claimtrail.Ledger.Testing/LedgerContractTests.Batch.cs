using Claimtrail.Geo;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;

namespace Claimtrail.Ledger.Testing;

/// <summary>The batch store, the bulk path of an ingest.</summary>
public abstract partial class LedgerContractTests
{
    [LedgerFact]
    public async Task A_batch_stores_its_reports_in_order_with_post_metadata_media_mentions_and_claims()
    {
        var post = ForwardedPost();
        var harbour = Harbour();
        var ferry = Ferry();
        await using var ledger = await OpenLedgerAsync(Clock);

        var results = await ledger.StoreBatchAsync([new(post, []), new(harbour, Some.ClaimsOf(harbour)), new(ferry, Some.ClaimsOf(ferry))]);

        Assert.Equal([StoreResult.Of(post.Id, StoreOutcome.New), StoreResult.Of(harbour.Id, StoreOutcome.New), StoreResult.Of(ferry.Id, StoreOutcome.New)], results);
        var entries = await ExportAllAsync(ledger);
        Assert.Equal([post.Id, harbour.Id, ferry.Id], entries.Select(e => e.Report.Id));
        Assert.All(entries, e => Assert.Equal(Clock.GetUtcNow(), e.IngestedAt));
        var stored = entries[0].Report.Post!;
        Assert.Equal(post.Post! with { Edited = post.Post!.Edited!.Value.ToUniversalTime() }, stored with { Media = post.Post.Media });
        Assert.Equal(post.Post.Media, stored.Media);
        Assert.Equal(harbour.Mentions.Select(Contract), entries[1].Report.Mentions.Select(Contract));
        Assert.Equal(Some.ClaimsOf(ferry).Select(c => (c.Id, string.Join(' ', c.Mentions))), entries[2].Claims.Select(c => (c.Id, string.Join(' ', c.Mentions))));

        // The shared claim lists both reports, as two single stores would have it; the forward's channel is a source.
        var shared = await ledger.GetClaimAsync(Some.Claim("the northern harbour will close for repairs").Id);
        Assert.Equal([harbour.Id, ferry.Id], shared!.Reports.Select(r => r.Id));
        Assert.Equal(new LedgerCounts(3, 4, 4, 3), await ledger.CountAsync());
        Assert.NotNull(await ledger.GetSourceAsync(SourceKind.Channel, SourceKey.For("Harbour Watch")));
        Assert.Single((await ledger.ListClaimsAsync(new ClaimQuery { Text = "dockworkers" })).Claims);
    }

    [LedgerFact]
    public async Task A_batch_finds_reports_stored_before_and_repeated_within_it_as_duplicates()
    {
        var harbour = Harbour();
        var ferry = Ferry();
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(harbour, Some.ClaimsOf(harbour));

        var results = await ledger.StoreBatchAsync([new(harbour, Some.ClaimsOf(harbour)), new(ferry, Some.ClaimsOf(ferry)), new(ferry, Some.ClaimsOf(ferry))]);

        Assert.Equal([StoreOutcome.Duplicate, StoreOutcome.New, StoreOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal([harbour.Id, ferry.Id], (await ExportAllAsync(ledger)).Select(e => e.Report.Id));
        Assert.Equal(new LedgerCounts(2, 3, 4, 3), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task A_report_that_breaks_the_rules_fails_alone_with_its_reason_and_the_rest_of_the_batch_is_stored()
    {
        var harbour = Harbour();
        var ferry = Ferry();
        var bare = Some.Report("Nothing is attributed in this sentence.");
        await using var ledger = await OpenLedgerAsync(Clock);

        var results = await ledger.StoreBatchAsync([new(harbour, Some.ClaimsOf(harbour)), new(ferry, Some.ClaimsOf(harbour)), new(bare, [])]);

        Assert.Equal(StoreOutcome.New, results[0].Outcome);
        Assert.Null(results[1].Outcome);
        Assert.Contains(ferry.Id, results[1].Error, StringComparison.Ordinal);
        Assert.Equal(StoreOutcome.New, results[2].Outcome);
        Assert.Equal([harbour.Id, bare.Id], (await ExportAllAsync(ledger)).Select(e => e.Report.Id));
    }

    [LedgerFact]
    public async Task A_batch_cancelled_before_it_starts_stores_nothing()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.StoreBatchAsync([new(Harbour(), Some.ClaimsOf(Harbour())), new(ForwardedPost(), [])], cancelled.Token));

        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task An_empty_batch_stores_nothing_and_answers_nothing()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        Assert.Empty(await ledger.StoreBatchAsync([]));
        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
    }

    private static Report ForwardedPost() => Some.Report("Residents claimed that the bridge is closed.") with
    {
        Post = new PostMetadata
        {
            Platform = "telegram",
            PostId = "42",
            Url = "https://t.me/harbour/42",
            Author = "Ivan",
            ForwardedFrom = "Harbour Watch",
            ReplyTo = "41",
            Edited = new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.FromHours(3)),
            Fetched = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero),
            Location = new GeoPoint(55.7, 37.6),
            Media =
            [
                new MediaItem("photo", "photos/1.jpg") { MimeType = "image/jpeg", Size = 1000 },
                new MediaItem("video", null),
                new MediaItem("document", "https://example.org/a.pdf") { Sha256 = new string('a', 64) },
            ],
        },
    };

    private static async Task<List<LedgerEntry>> ExportAllAsync(ILedger ledger)
    {
        var entries = new List<LedgerEntry>();
        await foreach (var entry in ledger.ExportAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }
}
