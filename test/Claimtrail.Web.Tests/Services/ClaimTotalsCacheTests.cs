using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Pipeline;
using Claimtrail.Web.Services;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claimtrail.Web.Tests.Services;

public sealed class ClaimTotalsCacheTests : IDisposable
{
    private const string Lights = "The coast guard said that the harbour lights were switched off overnight.";

    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_listing_is_counted_once_for_all_its_pages_and_orders_until_its_total_is_too_old()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var totals = new ClaimTotalsCache(ledger, clock);
        var search = new ClaimQuery { Text = "harbour" };
        Assert.Equal(1, await totals.GetAsync(search));

        // Stored past the desk, as another process would.
        await StoreAsync(ledger, "lights.txt", Lights);
        var kept = await totals.GetAsync(search with { Offset = 25, Sort = ClaimSort.MostReports, Limit = 10 });
        clock.Advance(ClaimTotalsCache.Lifetime + TimeSpan.FromSeconds(1));
        var retaken = await totals.GetAsync(search);

        Assert.Equal(1, kept);
        Assert.Equal(2, retaken);
        Assert.Equal(2, (await ledger.ListClaimsAsync(search)).Total);
    }

    [Fact]
    public async Task Another_listing_is_counted_apart_and_invalidating_counts_again()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var totals = new ClaimTotalsCache(ledger, new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var search = new ClaimQuery { Text = "harbour" };
        Assert.Equal(1, await totals.GetAsync(search));

        await StoreAsync(ledger, "lights.txt", Lights);
        var other = await totals.GetAsync(new ClaimQuery { Text = "lights" });
        var kept = await totals.GetAsync(search);
        totals.Invalidate();

        Assert.Equal(1, other);
        Assert.Equal(1, kept);
        Assert.Equal(2, await totals.GetAsync(search));
    }

    [Fact]
    public async Task The_claim_list_counts_again_after_the_desk_stores_a_report()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var client = _desk.Client();
        Assert.Contains("result-count\">1 claim</p>", await client.GetPageAsync("/?q=harbour"), StringComparison.Ordinal);

        await _desk.IngestAsync("lights.txt", Lights);
        var html = await client.GetPageAsync("/?q=harbour");

        Assert.Contains("result-count\">2 claims</p>", html, StringComparison.Ordinal);
        Assert.Contains("the harbour lights were switched off overnight", html, StringComparison.Ordinal);
    }

    private async Task StoreAsync(ILedger ledger, string name, string text)
    {
        var pipeline = await _desk.Services.GetRequiredService<LedgerPipeline>().CurrentAsync(CancellationToken.None);
        var report = pipeline.Analyze(DocumentReader.ReadText(name, text), CancellationToken.None);
        await ledger.StoreAsync(report, pipeline.AnalyzeAll([report]).Claims);
    }
}
