using System.Text.Json;
using Claimtrail.Geo;
using Claimtrail.Geo.GeoJson;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Tests.Geo;

public sealed class GeoJsonWriterTests
{
    private const string Text = "Officials in Moscow said a system was installed on Teterinsky Street; Russia denied it. A bus overturned on Berlin Avenue.";

    [Fact]
    public void Output_is_an_RFC_7946_FeatureCollection_of_point_features()
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.ToJson(Claims()));
        var root = document.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.String, feature.GetProperty("id").ValueKind);
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
        }
    }

    [Fact]
    public void Coordinates_are_longitude_then_latitude()
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.ToJson(Claims()));
        var moscow = Feature(document, "Moscow");

        var coordinates = moscow.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal(37.6156, coordinates[0], 3);
        Assert.Equal(55.7522, coordinates[1], 3);
    }

    [Fact]
    public void Properties_carry_the_claim_its_status_sources_and_the_placement()
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.ToJson(Claims()));
        var properties = Feature(document, "Moscow").GetProperty("properties");

        Assert.Equal("c1", properties.GetProperty("claimId").GetString());
        Assert.Equal("a system was installed", properties.GetProperty("claim").GetString());
        Assert.Equal("in_review", properties.GetProperty("status").GetString());
        Assert.Equal(["Officials", "Meduza"], properties.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("city", properties.GetProperty("precision").GetString());
        Assert.False(properties.GetProperty("countryPrecision").GetBoolean());
        Assert.False(properties.GetProperty("pendingGeolocation").GetBoolean());
        Assert.Equal("RU", properties.GetProperty("countryCode").GetString());
    }

    [Fact]
    public void Country_precision_and_pending_placements_are_marked_and_unplaced_ones_left_out()
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.ToJson(Claims()));

        Assert.True(Feature(document, "Russia").GetProperty("properties").GetProperty("countryPrecision").GetBoolean());
        var street = Feature(document, "Teterinsky Street").GetProperty("properties");
        Assert.True(street.GetProperty("pendingGeolocation").GetBoolean());
        Assert.Equal("street", street.GetProperty("precision").GetString());
        Assert.Equal("within", street.GetProperty("placedBy").GetString());
        Assert.DoesNotContain(document.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("place").GetString() == "Berlin Avenue");
    }

    [Fact]
    public void An_empty_set_of_claims_is_an_empty_FeatureCollection()
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.ToJson([]));

        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Empty(document.RootElement.GetProperty("features").EnumerateArray());
    }

    private static JsonElement Feature(JsonDocument document, string place) =>
        Assert.Single(document.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("place").GetString() == place);

    private static List<GeoClaim> Claims()
    {
        var refs = new[] { Ref("Moscow", null), Ref("Teterinsky Street", "Moscow"), Ref("Russia", null) };
        var places = Geocoder.CreateDefault().Resolve(Text, refs);
        var unplaced = new ResolvedPlace(Ref("Berlin Avenue", null), null, PlacePrecision.Street, 0, PlaceResolution.Unresolved, null, null, "no place it lies in");
        return
        [
            new GeoClaim("c1", "a system was installed", ClaimStatus.InReview, ["Officials", "Meduza"], [places[0], places[1], unplaced]),
            new GeoClaim("c2", "Russia was involved", ClaimStatus.Unverified, ["Officials"], [places[2]]),
        ];
    }

    private static PlaceRef Ref(string mention, string? within)
    {
        var start = Text.IndexOf(mention, StringComparison.Ordinal);
        return new PlaceRef(mention, within, new TextSpan(start, start + mention.Length));
    }
}
