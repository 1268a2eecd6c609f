using Claimtrail.Geo;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;

namespace Claimtrail.Ledger.Testing;

/// <summary>The desk gazetteer and the places awaiting geolocation.</summary>
public abstract partial class LedgerContractTests
{
    private static readonly PlaceLocation PendingInMoscow = new(55.75, 37.62, "street", 0.4, "within", Pending: true, "524901", "RU", "lies in Moscow");
    private static readonly PlaceLocation MoscowCity = new(55.75, 37.62, "city", 0.9, "gazetteer", Pending: false, "524901", "RU", "only candidate");

    [LedgerFact]
    public async Task A_desk_place_reads_back_as_stored_and_a_second_for_the_same_name_and_town_replaces_it()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var first = new DeskPlace("Teterinsky Street", new GeoPoint(55.7465, 37.649), "Moscow", PlacePrecision.Street, "façade in the video", "ana");
        var elsewhere = new DeskPlace("Lenin Street", new GeoPoint(54.62, 39.74), "Ryazan", PlacePrecision.Street);
        var again = first with { Name = "teterinsky  street", Within = "MOSCOW", Point = new GeoPoint(55.7466, 37.6491), Note = null };

        Assert.True(await ledger.AddDeskPlaceAsync(first));
        Assert.True(await ledger.AddDeskPlaceAsync(elsewhere));
        Assert.False(await ledger.AddDeskPlaceAsync(again));

        Assert.Equal([elsewhere, again], await ListAsync(ledger.ListDeskPlacesAsync()));
    }

    [LedgerFact]
    public async Task An_invalid_desk_place_is_refused_with_its_reason_and_nothing_is_stored()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ledger.AddDeskPlaceAsync(new DeskPlace("Quay Street", new GeoPoint(91, double.NaN), null, PlacePrecision.Street)));

        Assert.Contains("latitude 91 is not between -90 and 90", error.Message, StringComparison.Ordinal);
        Assert.Contains("longitude NaN", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(ledger.ListDeskPlacesAsync()));
    }

    [LedgerFact]
    public async Task Pending_places_count_their_mentions_claims_and_reports_and_leave_out_resolved_and_desk_placed_ones()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var first = ReportWithPlaces(
            "Channels claim a radar stands in Teterinsky Street. Officials said the park by Quay Street is closed.",
            ("a radar stands in Teterinsky Street", "Channels", "claim", [new PlaceRef("Teterinsky Street", "Moscow", default) { Geo = PendingInMoscow }, new PlaceRef("Moscow", null, default) { Geo = MoscowCity }]),
            ("the park by Quay Street is closed", "Officials", "said", [new PlaceRef("Quay Street", "Kestrel Bay", default) { Geo = PendingInMoscow }]));
        await ledger.StoreAsync(first, Some.ClaimsOf(first));
        Clock.Advance(TimeSpan.FromHours(2));
        var second = ReportWithPlaces(
            "Bloggers said a radar stands in teterinsky street.",
            ("a radar stands in teterinsky street", "Bloggers", "said", [new PlaceRef("teterinsky street", "Moscow", default) { Geo = PendingInMoscow }]));
        await ledger.StoreAsync(second, Some.ClaimsOf(second));

        var pending = await ledger.ListPendingPlacesAsync();

        Assert.Equal(
            [
                new PendingPlace("Teterinsky Street", "Moscow", Mentions: 2, Claims: 1, Reports: 2, FirstSeen: Clock.GetUtcNow() - TimeSpan.FromHours(2)),
                new PendingPlace("Quay Street", "Kestrel Bay", Mentions: 1, Claims: 1, Reports: 1, FirstSeen: Clock.GetUtcNow() - TimeSpan.FromHours(2)),
            ],
            pending);

        await ledger.AddDeskPlaceAsync(new DeskPlace("Teterinsky Street", new GeoPoint(55.7465, 37.649), "Moscow", PlacePrecision.Street));

        Assert.Equal(["Quay Street"], (await ledger.ListPendingPlacesAsync()).Select(p => p.Name));
    }

    private static Report ReportWithPlaces(string text, params (string Content, string Speaker, string Cue, PlaceRef[] Places)[] mentions) =>
        Some.Report(text, (id, t) => [.. mentions.Select(m => Some.Mention(id, t, m.Speaker, m.Cue, m.Content) with { Places = m.Places })]);

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
