using Claimtrail.Geo;
using Claimtrail.Geo.GeoJson;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Tests.Geo;

public sealed class GeoClaimsTests
{
    private const string ReportText = "Drones struck air bases near Ryazan and Saratov, the Moscow authorities said.";

    [Fact]
    public void A_stored_claim_gets_its_sources_and_places_resolved_in_its_report()
    {
        var detail = Detail();

        var claim = GeoClaims.From(detail, Geocoder.CreateDefault(), id => id == "r1" ? ReportText : null);

        Assert.Equal(["the Moscow authorities", "Meduza"], claim.Sources);
        Assert.Equal(["Ryazan’", "Saratov"], claim.Places.Select(p => p.Entry!.Name));
        Assert.All(claim.Places, p => Assert.Equal("RU", p.CountryCode));
    }

    [Fact]
    public void Without_the_report_text_the_names_are_resolved_alone()
    {
        var claim = GeoClaims.From(Detail(), Geocoder.CreateDefault());

        Assert.Equal(["Ryazan’", "Saratov"], claim.Places.Select(p => p.Entry!.Name));
    }

    private static ClaimDetail Detail()
    {
        var ryazan = ReportText.IndexOf("Ryazan", StringComparison.Ordinal);
        var saratov = ReportText.IndexOf("Saratov", StringComparison.Ordinal);
        var mention = new Mention
        {
            Id = "m1",
            Span = new TextSpan(0, 48),
            Fragments = [new TextSpan(0, 48)],
            Content = ReportText[..48],
            Speaker = new Speaker("the Moscow authorities", SourceKind.Institution),
            Cue = "said",
            CueSpan = new TextSpan(72, 76),
            Relay = [new RelayLink("Meduza", SourceKind.Outlet, "quoted from")],
            Places = [new PlaceRef("Ryazan", null, new TextSpan(ryazan, ryazan + 6)), new PlaceRef("Saratov", null, new TextSpan(saratov, saratov + 7))],
            Extractor = "test",
        };
        return new ClaimDetail("c1", "drones struck air bases", ClaimStatus.Unverified, DateTimeOffset.UnixEpoch, [new LedgerMention("r1", mention)], []);
    }
}
