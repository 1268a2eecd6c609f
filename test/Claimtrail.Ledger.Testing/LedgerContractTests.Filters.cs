using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;

namespace Claimtrail.Ledger.Testing;

/// <summary>The claim list's filters by source, place, date and language, alone and combined with search, status and sort.</summary>
public abstract partial class LedgerContractTests
{
    private const string BridgeText =
        "Local channels claimed that the Crimean bridge was struck at night. According to the site Baza, drones were seen over Kerch.";

    private const string MetroText =
        "Пишут, что станция метро закрыта. The city hall said that the metro station on Teterinsky Street is closed.";

    [LedgerFact]
    public async Task A_source_filter_finds_what_a_source_stated_relayed_or_had_forwarded_from_it_whatever_its_spelling()
    {
        await using var ledger = await FilterLedgerAsync();

        Assert.Equal(["the northern harbour will close for repairs"], await TextsAsync(ledger, new ClaimQuery { Source = "the PORT authority" }));
        Assert.Equal(["drones were seen over Kerch"], await TextsAsync(ledger, new ClaimQuery { Source = "Baza" }));

        // The metro post was forwarded from "Mash": every claim it carries was relayed by that channel.
        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Source = "«Mash»" }));
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { Source = "nobody at all" }));

        var metro = (await ledger.ListClaimsAsync(new ClaimQuery { Source = "Mash" })).Claims[0];
        Assert.Equal("Mash", Assert.Single((await ledger.GetClaimAsync(metro.Id))!.Reports).ForwardedFrom);
    }

    [LedgerFact]
    public async Task A_place_filter_finds_a_place_by_its_name_or_the_place_it_lies_in_case_aside()
    {
        await using var ledger = await FilterLedgerAsync();

        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Place = "teterinsky street" }));
        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Place = " MOSCOW " }));
        Assert.Equal(["drones were seen over Kerch", "the Crimean bridge was struck at night"], await TextsAsync(ledger, new ClaimQuery { Place = "Kerch" }, sorted: true));
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { Place = "Mosc" }));
    }

    [LedgerFact]
    public async Task A_date_range_keeps_claims_carried_by_a_report_that_appeared_in_it_published_time_first()
    {
        await using var ledger = await FilterLedgerAsync();

        // The bridge report was published at 23:30 on 1 March at +03:00, which is 20:30 UTC: inside 1 March UTC.
        var march1 = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var inMarch1 = await TextsAsync(ledger, new ClaimQuery { From = march1, To = march1.AddDays(1) }, sorted: true);
        Assert.Equal(["drones were seen over Kerch", "the Crimean bridge was struck at night"], inMarch1);

        // Reports without a published time count from when they were ingested (the test clock).
        var ingested = await TextsAsync(ledger, new ClaimQuery { From = Clock.GetUtcNow().AddDays(-1) }, sorted: true);
        Assert.Contains("timetables would change", ingested);
        Assert.DoesNotContain("the Crimean bridge was struck at night", ingested);
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { To = new DateTimeOffset(2024, 3, 1, 20, 30, 0, TimeSpan.Zero) }));
    }

    [LedgerFact]
    public async Task Filters_combine_with_each_other_and_with_search_status_and_sort_and_the_total_counts_the_filtered()
    {
        await using var ledger = await FilterLedgerAsync();

        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Language = "ru" }));
        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Source = "city hall" }));
        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { Text = "metro" }));
        Assert.Equal(
            ["the metro station on Teterinsky Street is closed"],
            await TextsAsync(ledger, new ClaimQuery { Language = "ru", Place = "Moscow", Source = "city hall", Text = "metro", Status = ClaimStatus.Unverified }));
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { Language = "ru", Place = "Kerch" }));
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { Language = "ru", Status = ClaimStatus.False }));

        var english = await ledger.ListClaimsAsync(new ClaimQuery { Language = "en", Sort = ClaimSort.MostReports, Limit = 1 });
        Assert.Equal(5, english.Total);
        Assert.Equal("the northern harbour will close for repairs", (await ledger.GetClaimAsync(english.Claims[0].Id))!.Text);
    }

    /// <summary>Harbour and Ferry (English, no published time, share a claim), a bridge report published at +03:00 with places, and a Russian post forwarded from a channel.</summary>
    [LedgerFact]
    public async Task A_report_filter_keeps_claims_stated_in_the_given_reports_and_combines_with_the_others()
    {
        await using var ledger = await FilterLedgerAsync();

        // The harbour claim is stated in both port reports; the union's complaint only in the first.
        Assert.Equal(
            ["dockworkers were not consulted", "the northern harbour will close for repairs"],
            await TextsAsync(ledger, new ClaimQuery { ReportIds = [Harbour().Id] }, sorted: true));
        Assert.Equal(
            ["the northern harbour will close for repairs", "timetables would change"],
            await TextsAsync(ledger, new ClaimQuery { ReportIds = [Ferry().Id, "sha256:not-stored"] }, sorted: true));
        Assert.Equal(["dockworkers were not consulted"], await TextsAsync(ledger, new ClaimQuery { ReportIds = [Harbour().Id], Text = "dockworkers" }));
        Assert.Equal(["the metro station on Teterinsky Street is closed"], await TextsAsync(ledger, new ClaimQuery { ReportIds = [Harbour().Id, Metro().Id], Place = "Moscow" }));
        Assert.Empty(await TextsAsync(ledger, new ClaimQuery { ReportIds = [] }));
    }

    private async Task<ILedger> FilterLedgerAsync()
    {
        var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));
        var kerch = new PlaceRef("Kerch", null, Some.SpanOf(BridgeText, "Kerch"));
        var bridge = Some.Report(BridgeText, (id, t) =>
        [
            Some.Mention(id, t, "Local channels", "claimed", "the Crimean bridge was struck at night", SourceKind.Collective) with { Places = [kerch with { Name = "kerch" }] },
            Some.Mention(id, t, "drones", "According to", "drones were seen over Kerch") with
            {
                Speaker = Speaker.None,
                Relay = [new RelayLink("Baza", SourceKind.Outlet, "According to the site")],
                Places = [kerch],
            },
        ]) with { Published = new DateTimeOffset(2024, 3, 1, 23, 30, 0, TimeSpan.FromHours(3)) };
        await ledger.StoreAsync(bridge, Some.ClaimsOf(bridge));
        var metro = Metro();
        await ledger.StoreAsync(metro, Some.ClaimsOf(metro));
        return ledger;
    }

    private static Report Metro() => Some.Report(MetroText, (id, t) =>
        [
            Some.Mention(id, t, "The city hall", "said", "the metro station on Teterinsky Street is closed") with
            {
                Places = [new PlaceRef("Teterinsky Street", "Moscow", Some.SpanOf(MetroText, "Teterinsky Street"))],
            },
        ]) with { Language = "ru", Post = new PostMetadata { Platform = "telegram", ForwardedFrom = "Mash" } };

    private static async Task<List<string>> TextsAsync(ILedger ledger, ClaimQuery query, bool sorted = false)
    {
        var page = await ledger.ListClaimsAsync(query);
        Assert.Equal(page.Claims.Count, page.Total);
        var texts = new List<string>();
        foreach (var claim in page.Claims)
        {
            texts.Add((await ledger.GetClaimAsync(claim.Id))!.Text);
        }

        return sorted ? [.. texts.Order(StringComparer.Ordinal)] : texts;
    }
}
