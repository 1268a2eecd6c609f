using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;

namespace Claimtrail.Ledger.Testing;

/// <summary>What the web desk reads: status filters, orders, report text and sources.</summary>
public abstract partial class LedgerContractTests
{
    [LedgerFact]
    public async Task Listing_by_most_reports_puts_the_claim_two_reports_state_first()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));

        var newest = await ledger.ListClaimsAsync(new ClaimQuery());
        var most = await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.MostReports });

        Assert.NotEqual(2, newest.Claims[0].ReportCount);
        Assert.Equal(2, most.Claims[0].ReportCount);
        Assert.Equal(newest.Total, most.Total);
    }

    [LedgerFact]
    public async Task A_status_filter_keeps_only_claims_with_that_status()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var unverified = await ledger.ListClaimsAsync(new ClaimQuery { Status = ClaimStatus.Unverified });
        var confirmed = await ledger.ListClaimsAsync(new ClaimQuery { Status = ClaimStatus.Confirmed, Text = "harbour" });

        Assert.Equal(2, unverified.Total);
        Assert.Equal(0, confirmed.Total);
        Assert.Empty(confirmed.Claims);
    }

    [LedgerFact]
    public async Task A_stored_report_reads_back_with_its_text()
    {
        var report = Harbour();
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, Some.ClaimsOf(report));

        var stored = await ledger.GetReportAsync(report.Id);

        Assert.NotNull(stored);
        Assert.Equal(report.Text, stored.Text);
        Assert.Equal(report.Id, stored.Summary.Id);
        Assert.Null(await ledger.GetReportAsync("sha256:none"));
    }

    [LedgerFact]
    public async Task A_source_reads_back_with_what_it_stated_and_relayed()
    {
        const string Text = "The channel Moscow calling said that a convoy crossed the river, as quoted from the site Meduza. " +
                            "Meduza reported that the bridge was closed.";
        var report = Some.Report(Text, (id, t) =>
        [
            Some.Mention(id, t, "The channel Moscow calling", "said", "a convoy crossed the river", SourceKind.Channel) with
            {
                Relay = [new RelayLink("Meduza", SourceKind.Outlet, "quoted from", Some.SpanOf(t, "Meduza"))],
            },
            Some.Mention(id, t, "Meduza reported", "reported", "the bridge was closed", SourceKind.Outlet) with
            {
                Speaker = new Speaker("Meduza", SourceKind.Outlet, Some.SpanOf(t, "Meduza reported")),
            },
        ]);
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, Some.ClaimsOf(report));

        var meduza = await ledger.GetSourceAsync(SourceKind.Outlet, SourceKey.For("Meduza"));

        Assert.NotNull(meduza);
        Assert.Equal("Meduza", meduza.Name);
        Assert.Equal(
            [(SourceRole.Relays, "a convoy crossed the river", "quoted from"), (SourceRole.States, "the bridge was closed", "reported")],
            meduza.Activity.Select(a => (a.Role, a.ClaimText, a.Cue)).OrderBy(a => a.Role == SourceRole.States));
        Assert.Null(await ledger.GetSourceAsync(SourceKind.Channel, SourceKey.For("Meduza")));
    }
}
