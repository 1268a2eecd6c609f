using System.Text.Json;
using Claimtrail.Json;
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
    public async Task A_page_without_its_total_and_the_total_alone_match_the_listing()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));
        ClaimQuery[] queries =
        [
            new() { Limit = 2 },
            new() { Offset = 1, Limit = 1, Sort = ClaimSort.MostReports },
            new() { Text = "harbour" },
            new() { Status = ClaimStatus.Unverified, Language = "en" },
            new() { Text = "nowhere" },
        ];

        foreach (var query in queries)
        {
            var listing = await ledger.ListClaimsAsync(query);

            Assert.Equal(listing.Claims.Select(c => c.Id), (await ledger.ListClaimPageAsync(query)).Select(c => c.Id));
            Assert.Equal(listing.Total, await ledger.CountClaimsAsync(query));
        }

        Assert.Equal(3, await ledger.CountClaimsAsync(new ClaimQuery { Limit = 1 }));
    }

    [LedgerFact]
    public async Task Report_texts_read_back_by_id_in_one_call_leaving_out_unknown_ids()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));

        var texts = await ledger.GetReportTextsAsync([Harbour().Id, "sha256:none", Ferry().Id]);

        Assert.Equal(2, texts.Count);
        Assert.Equal(Harbour().Text, texts[Harbour().Id]);
        Assert.Equal(Ferry().Text, texts[Ferry().Id]);
        Assert.Empty(await ledger.GetReportTextsAsync([]));
    }

    [LedgerFact]
    public async Task A_claim_with_its_provenance_reads_as_the_claim_and_the_provenance_read_apart()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));
        var id = (await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.MostReports })).Claims[0].Id;

        var read = await ledger.GetClaimWithProvenanceAsync(id);

        Assert.NotNull(read);
        var claim = await ledger.GetClaimAsync(id);
        var provenance = await ledger.GetProvenanceAsync(id);
        Assert.NotNull(claim);
        Assert.NotNull(provenance);
        Assert.Equal(2, read.Claim.Reports.Count);
        Assert.Equal(JsonSerializer.Serialize(claim, AnalysisJson.Compact), JsonSerializer.Serialize(read.Claim, AnalysisJson.Compact));
        Assert.Equal(JsonSerializer.Serialize(provenance, AnalysisJson.Compact), JsonSerializer.Serialize(read.Provenance, AnalysisJson.Compact));
        Assert.Null(await ledger.GetClaimWithProvenanceAsync("c-none"));
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
