using System.Text;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Geo;

namespace Claimtrail.Tests.Evaluation;

public sealed class GeoScorerTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "TestData", "geo-gold.jsonl");

    [Fact]
    public void The_gold_set_has_at_least_150_well_formed_mentions_of_every_kind()
    {
        var errors = new List<InputException>();

        var items = GeoGoldReader.ReadFile(GoldPath, errors.Add);

        Assert.Empty(errors);
        Assert.True(items.Count >= 150, $"{items.Count} items");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(items, i => i.Expected is null);
        Assert.Contains(items, i => i.Expected?.Precision == PlacePrecision.Region);
        Assert.Contains(items, i => i.Expected?.Precision == PlacePrecision.Country);
    }

    [Fact]
    public void The_geocoder_holds_its_accuracy_on_the_gold_set()
    {
        var items = GeoGoldReader.ReadFile(GoldPath, e => Assert.Fail(e.Message));

        var score = new GeoScorer(Geocoder.CreateDefault()).Evaluate(items);

        var lines = score.ToLines();
        Assert.Equal(6, lines.Count);
        Assert.True(score.Misses.Count <= items.Count / 20, string.Join('\n', score.Misses.Select(m => m.Item.Id + ": " + m.Got.Reason)));
        Assert.Equal(score.Unresolvable, score.UnresolvedCorrect);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_and_the_rest_is_read()
    {
        const string Good = """{"id":"a","text":"Riots in Paris.","mention":"Paris","expect":{"name":"Paris","cc":"FR","kind":"city","lat":48.85,"lon":2.35}}""";
        const string Missing = """{"id":"b","text":"Riots in Paris.","mention":"Lyon","expect":"unresolved"}""";
        var errors = new List<InputException>();

        var items = GeoGoldReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Good + "\n{oops\n" + Missing + "\n\n" + Good + "\n")), "gold.jsonl", errors.Add);

        Assert.Equal(2, items.Count);
        Assert.Equal(["line 2", "line 3"], errors.Select(e => e.Location));
        Assert.Contains("not in the text", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_counts_only_within_25_km_and_an_unresolvable_place_only_when_left_pending()
    {
        const string Text = "Protests in Paris and on Main Street.";
        var items = new[]
        {
            new GeoGoldItem("fr", Text, "Paris", null, new GeoGoldExpectation("Paris", "FR", PlacePrecision.City, new GeoPoint(48.85, 2.35))),
            new GeoGoldItem("tx", Text, "Paris", null, new GeoGoldExpectation("Paris", "US", PlacePrecision.City, new GeoPoint(33.66, -95.56))),
            new GeoGoldItem("st", Text, "Main Street", null, null),
        };

        var score = new GeoScorer(Geocoder.CreateDefault()).Evaluate(items);

        Assert.Equal(["tx"], score.Misses.Select(m => m.Item.Id));
        Assert.Equal((1, 1), (score.Unresolvable, score.UnresolvedCorrect));
        Assert.StartsWith("city       accuracy=0.500 (1/2)", score.ToLines()[1], StringComparison.Ordinal);
    }
}
