using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Web.Services;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claimtrail.Web.Tests.Services;

public sealed class ClaimReadCacheTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_claim_is_read_once_for_its_lifetime_then_again_and_invalidating_reads_it_at_once()
    {
        var stored = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var cache = new ClaimReadCache(ledger, clock);
        var id = stored.Claims[0].Id;
        Assert.Equal(ClaimStatus.Unverified, (await cache.GetAsync(id, CancellationToken.None))!.Claim.Status);

        // Reviewed past the desk, as another process would.
        await ledger.ReviewAsync(new ReviewRequest(id, ClaimStatus.False, "The notice says otherwise.", [], "ana", 0));
        var kept = await cache.GetAsync(id, CancellationToken.None);
        clock.Advance(ClaimReadCache.Lifetime + TimeSpan.FromSeconds(1));
        var reread = await cache.GetAsync(id, CancellationToken.None);
        await ledger.ReviewAsync(new ReviewRequest(id, ClaimStatus.Confirmed, "A second notice confirms it.", [], "ana", 1));
        cache.Invalidate();
        var invalidated = await cache.GetAsync(id, CancellationToken.None);

        Assert.Equal(ClaimStatus.Unverified, kept!.Claim.Status);
        Assert.Equal(ClaimStatus.False, reread!.Claim.Status);
        Assert.Equal(ClaimStatus.Confirmed, invalidated!.Claim.Status);
        Assert.Null(await cache.GetAsync("c-unknown", CancellationToken.None));
    }

    [Fact]
    public async Task A_listing_page_is_read_once_for_its_lifetime_and_each_listing_apart()
    {
        var harbour = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var cache = new ClaimReadCache(ledger, clock);
        var falseOnes = new ClaimQuery { Status = ClaimStatus.False };
        Assert.Empty(await cache.GetPageAsync(falseOnes, CancellationToken.None));

        await ledger.ReviewAsync(new ReviewRequest(harbour.Claims[0].Id, ClaimStatus.False, "The notice says otherwise.", [], "ana", 0));
        var kept = await cache.GetPageAsync(falseOnes, CancellationToken.None);
        var other = await cache.GetPageAsync(falseOnes with { Sort = ClaimSort.MostReports }, CancellationToken.None);
        clock.Advance(ClaimReadCache.Lifetime + TimeSpan.FromSeconds(1));
        var reread = await cache.GetPageAsync(falseOnes, CancellationToken.None);

        Assert.Empty(kept);
        Assert.Equal(harbour.Claims[0].Id, Assert.Single(other).Id);
        Assert.Equal(harbour.Claims[0].Id, Assert.Single(reread).Id);
    }

    [Fact]
    public async Task A_review_through_the_desk_shows_on_the_claim_page_at_once()
    {
        var stored = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var id = stored.Claims[0].Id;
        var client = _desk.Client();
        Assert.Contains("unverified", await client.GetPageAsync("/claims/" + id), StringComparison.OrdinalIgnoreCase);

        (await client.PostFormAsync("/claims/" + id, $"/claims/{id}?handler=review", [new("Form.Status", "false"), new("Form.Rationale", "The notice says otherwise."), new("Form.Evidence", ""), new("Form.Version", "0")])).Dispose();
        var page = await client.GetPageAsync("/claims/" + id);

        Assert.Contains("The notice says otherwise.", page, StringComparison.Ordinal);
    }
}
