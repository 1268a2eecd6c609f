using Claimtrail.Geo;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Tests.Geo;

public sealed class GeocoderTests
{
    private static readonly Geocoder Geocoder = Geocoder.CreateDefault();

    [Theory]
    [InlineData("The storm hit Paris, a town in northeast Texas, on Friday.", "Paris", "US", 33.66, -95.56)]
    [InlineData("In Paris, the French cabinet met late into the night.", "Paris", "FR", 48.85, 2.35)]
    [InlineData("Paris was quiet on Sunday.", "Paris", "FR", 48.85, 2.35)]
    [InlineData("Springfield, the capital of Illinois, counted votes overnight.", "Springfield", "US", 39.80, -89.64)]
    [InlineData("The Missouri city of Springfield reported record turnout.", "Springfield", "US", 37.22, -93.30)]
    [InlineData("Drones struck air bases near Ryazan and Saratov.", "Saratov", "RU", 51.54, 46.01)]
    [InlineData("Students in Moscow, Idaho, held a vigil.", "Moscow", "US", 46.73, -117.00)]
    [InlineData("Russian officials said Moscow would respond.", "Moscow", "RU", 55.75, 37.62)]
    [InlineData("Ukrainian officials said the port of Odessa was hit.", "Odessa", "UA", 46.48, 30.73)]
    [InlineData("Odessa, Texas, sits on the Permian Basin.", "Odessa", "US", 31.85, -102.37)]
    public void Context_picks_the_reading_of_an_ambiguous_city(string text, string mention, string country, double latitude, double longitude)
    {
        var place = Resolve(text, mention);

        Assert.Equal(PlaceResolution.Gazetteer, place.Resolution);
        Assert.Equal(PlacePrecision.City, place.Precision);
        Assert.Equal(country, place.CountryCode);
        Assert.InRange(place.Point!.Value.DistanceKm(new GeoPoint(latitude, longitude)), 0, 25);
        Assert.InRange(place.Confidence, 0.01, 1);
    }

    [Theory]
    [InlineData("Georgia's president addressed parliament in Tbilisi.", PlacePrecision.Country, "GE")]
    [InlineData("Georgia announced new visa rules.", PlacePrecision.Country, "GE")]
    [InlineData("Voters in Georgia queued for hours at polling stations in Atlanta.", PlacePrecision.Region, "US")]
    public void Georgia_is_the_country_unless_the_report_is_about_the_American_state(string text, PlacePrecision precision, string country)
    {
        var place = Resolve(text, "Georgia");

        Assert.Equal((precision, country), (place.Precision, place.CountryCode));
    }

    [Fact]
    public void Within_bounds_the_search_near_the_place_named()
    {
        // Troitsk in Chelyabinsk Oblast is larger; the one south-west of Moscow is meant.
        var place = Resolve("Troitsk, south-west of Moscow, is home to physics institutes.", "Troitsk", within: "Moscow");

        Assert.InRange(place.Point!.Value.DistanceKm(new GeoPoint(55.75, 37.62)), 0, 60);
        Assert.Contains("lies in Moscow", place.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_context_the_larger_Troitsk_wins()
    {
        var place = Resolve("Troitsk lost power overnight.", "Troitsk");

        Assert.Equal("RU.13", place.Entry!.RegionKey);
    }

    [Theory]
    [InlineData("Air defences were reinforced around Moscow, and residents of the capital were told to stay calm.", "the capital", "Moscow")]
    [InlineData("The French president returned to the capital on Friday.", "the capital", "Paris")]
    [InlineData("Large protests filled the streets of the Georgian capital.", "the Georgian capital", "Tbilisi")]
    [InlineData("Police in Berlin said the city would tighten security.", "the city", "Berlin")]
    public void The_capital_and_the_city_refer_back_to_the_report_s_place(string text, string mention, string city)
    {
        var place = Resolve(text, mention);

        Assert.Equal(city, place.Entry!.Name);
        Assert.Equal(PlacePrecision.City, place.Precision);
    }

    [Theory]
    [InlineData("Police cordoned off Tverskaya Street for the parade.", "Tverskaya Street", PlacePrecision.Street)]
    [InlineData("Residents of Moscow Avenue heard the blast.", "Moscow Avenue", PlacePrecision.Street)]
    [InlineData("Joggers in Gorky Park said they saw soldiers.", "Gorky Park", PlacePrecision.Park)]
    [InlineData("Guards stood outside the residence at Novo-Ogaryovo.", "Novo-Ogaryovo", PlacePrecision.Point)]
    public void Places_no_gazetteer_holds_stay_pending_at_the_place_they_lie_in(string text, string mention, PlacePrecision precision)
    {
        var place = Resolve(text, mention, within: "Moscow");

        Assert.True(place.PendingGeolocation);
        Assert.Equal(PlaceResolution.Within, place.Resolution);
        Assert.Equal(precision, place.Precision);
        Assert.Equal("Moscow", place.Entry!.Name);
        Assert.InRange(place.Point!.Value.DistanceKm(new GeoPoint(55.75, 37.62)), 0, 1);
    }

    [Theory]
    [InlineData("Oak Park voted to ban the sale.", "Oak Park", null, "US")]
    [InlineData("Students in Hyde Park, Chicago, marched.", "Hyde Park", "Chicago", "US")]
    public void A_town_named_like_a_park_is_a_town(string text, string mention, string? within, string country)
    {
        var place = Resolve(text, mention, within);

        Assert.Equal((PlaceResolution.Gazetteer, PlacePrecision.City, country), (place.Resolution, place.Precision, place.CountryCode));
    }

    [Fact]
    public void A_park_in_another_city_is_not_the_town_of_that_name()
    {
        var place = Resolve("A march set off from Hyde Park at noon.", "Hyde Park", within: "London");

        Assert.True(place.PendingGeolocation);
        Assert.Equal("London", place.Entry!.Name);
    }

    [Fact]
    public void A_street_with_no_place_it_lies_in_is_unresolved_without_a_point()
    {
        var place = Resolve("A bus overturned on Berlin Avenue.", "Berlin Avenue");

        Assert.Equal(PlaceResolution.Unresolved, place.Resolution);
        Assert.True(place.PendingGeolocation);
        Assert.Null(place.Point);
    }

    [Fact]
    public void An_organisation_named_after_a_city_gives_no_place_to_a_street()
    {
        // "Meridian" alone is a city in Idaho; "Meridian Terminals" is a port operator.
        var place = Resolve("Port operator Meridian Terminals said Quay Street was closed.", "Quay Street");

        Assert.Equal(PlaceResolution.Unresolved, place.Resolution);
        Assert.Null(place.Point);
    }

    [Fact]
    public void A_street_lies_in_the_city_the_report_keeps_naming()
    {
        var place = Resolve("Kursk was shelled again. In Kursk, a crater opened on Lenin Street.", "Lenin Street");

        Assert.Equal((PlaceResolution.Within, "Kursk"), (place.Resolution, place.Entry!.Name));
    }

    [Fact]
    public void The_desk_gazetteer_is_asked_first()
    {
        var desk = new InMemoryDeskGazetteer([new DeskPlace("Teterinsky Street", new GeoPoint(55.7465, 37.6490), "Moscow", PlacePrecision.Street, "matched to the façade in the video")]);
        var geocoder = new Geocoder(Gazetteer.Default, desk);
        const string Text = "A system is being installed on Teterinsky Street, the channel said.";

        var place = geocoder.Resolve(Text, [Ref(Text, "Teterinsky Street", "Moscow")])[0];

        Assert.Equal(PlaceResolution.Desk, place.Resolution);
        Assert.False(place.PendingGeolocation);
        Assert.Equal(new GeoPoint(55.7465, 37.6490), place.Point);
        Assert.Contains("façade", place.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_desk_placement_within_another_city_does_not_apply()
    {
        var desk = new InMemoryDeskGazetteer([new DeskPlace("Lenin Street", new GeoPoint(54.6, 39.7), "Ryazan", PlacePrecision.Street)]);

        Assert.Null(desk.Find("Lenin Street", "Moscow"));
        Assert.NotNull(desk.Find("lenin street", "Ryazan"));
    }

    [Fact]
    public void Regions_resolve_by_name_and_by_city_name_with_a_region_word()
    {
        const string Text = "The governor of the Ryazan region said debris fell on a village in Texas.";

        var places = Geocoder.Resolve(Text, [Ref(Text, "Ryazan region"), Ref(Text, "Texas")]);

        Assert.Equal(("Ryazan Oblast", PlacePrecision.Region), (places[0].Entry!.Name, places[0].Precision));
        Assert.Equal(("Texas", PlacePrecision.Region), (places[1].Entry!.Name, places[1].Precision));
    }

    [Fact]
    public void Countries_resolve_at_country_precision()
    {
        var place = Resolve("Russia denied any involvement.", "Russia");

        Assert.Equal((PlacePrecision.Country, "RU"), (place.Precision, place.CountryCode));
    }

    [Fact]
    public void Results_come_back_in_the_order_given()
    {
        const string Text = "Drones flew from Kursk towards Bryansk and Belgorod.";
        var refs = new[] { Ref(Text, "Belgorod"), Ref(Text, "Kursk"), Ref(Text, "Bryansk") };

        var places = Geocoder.Resolve(Text, refs);

        Assert.Equal(["Belgorod", "Kursk", "Bryansk"], places.Select(p => p.Entry!.Name));
    }

    private static ResolvedPlace Resolve(string text, string mention, string? within = null) =>
        Geocoder.Resolve(text, [Ref(text, mention, within)])[0];

    private static PlaceRef Ref(string text, string mention, string? within = null)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, mention);
        return new PlaceRef(mention, within, new TextSpan(start, start + mention.Length));
    }
}
