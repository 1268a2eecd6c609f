using Claimtrail.Geo;
using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Geo;

/// <summary>The worked example's places (DESIGN.md §1): cities by the gazetteer, the rest pending within Moscow.</summary>
public sealed class SeedReportGeoTests
{
    private const string Seed = "seed/moscow-air-defence-report.txt";
    private static readonly GeoPoint MoscowCentre = new(55.7522, 37.6156);
    private static readonly Lazy<IReadOnlyList<ResolvedPlace>> Places = new(Resolve);

    [SharedDataTheory(Seed)]
    [InlineData("Moscow", 55.75, 37.62)]
    [InlineData("Ryazan", 54.63, 39.69)]
    [InlineData("Saratov", 51.54, 46.01)]
    public void Cities_resolve_by_gazetteer_to_the_Russian_city(string name, double latitude, double longitude)
    {
        var place = Assert.Single(Places.Value, p => p.Place.Name == name);
        Assert.Equal(PlaceResolution.Gazetteer, place.Resolution);
        Assert.Equal(PlacePrecision.City, place.Precision);
        Assert.Equal("RU", place.CountryCode);
        Assert.InRange(place.Point!.Value.DistanceKm(new GeoPoint(latitude, longitude)), 0, 10);
        Assert.False(place.PendingGeolocation);
    }

    [SharedDataTheory(Seed)]
    [InlineData("Frunzenskaya embankment", PlacePrecision.Street)]
    [InlineData("Teterinsky Street", PlacePrecision.Street)]
    [InlineData("Losiny Ostrov National Park", PlacePrecision.Park)]
    [InlineData("Timiryazev Agricultural Academy", PlacePrecision.Point)]
    [InlineData("Novo-Ogariovo", PlacePrecision.Point)]
    public void Places_below_city_level_are_pending_within_Moscow(string name, PlacePrecision precision)
    {
        var place = Assert.Single(Places.Value, p => p.Place.Name == name);
        Assert.True(place.PendingGeolocation, place.Reason);
        Assert.Equal(PlaceResolution.Within, place.Resolution);
        Assert.Equal(precision, place.Precision);
        Assert.Equal("RU", place.CountryCode);
        Assert.InRange(place.Point!.Value.DistanceKm(MoscowCentre), 0, 60);
    }

    private static IReadOnlyList<ResolvedPlace> Resolve()
    {
        var path = SharedData.Require(Seed);
        var pipeline = AnalysisPipeline.CreateDefault();
        var report = pipeline.Analyze(new SourceDocument(path, File.ReadAllText(path), DocumentFormat.PlainText));
        var places = report.Mentions.SelectMany(m => m.Places).Distinct().ToList();

        // Whichever mention names them, each distinct name is resolved once here.
        var distinct = places.GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return Geocoder.CreateDefault().Resolve(report.Text, distinct);
    }
}
