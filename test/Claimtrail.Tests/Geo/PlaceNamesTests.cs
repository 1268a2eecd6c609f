using Claimtrail.Geo;

namespace Claimtrail.Tests.Geo;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("Moscow", "moscow")]
    [InlineData("Ryazan’", "ryazan")]
    [InlineData("Rostov-on-Don", "rostov on don")]
    [InlineData("the Netherlands", "netherlands")]
    [InlineData("Washington, D.C.", "washington dc")]
    [InlineData("  Nizhny   Novgorod ", "nizhny novgorod")]
    [InlineData("Kraków", "krakow")]
    public void Key_folds_case_diacritics_punctuation_and_a_leading_article(string name, string key)
    {
        Assert.Equal(key, PlaceNames.Key(name));
    }

    [Theory]
    [InlineData("Moscow")]
    [InlineData("The Hague")]
    [InlineData("Rostov-on-Don")]
    [InlineData("Washington, D.C.")]
    [InlineData("St. Petersburg")]
    [InlineData("Ryazan’")]
    [InlineData("Łódź")]
    [InlineData("Kraków")]
    public void KeyHash_of_UTF8_bytes_equals_KeyHash_of_the_string(string name)
    {
        Assert.Equal(PlaceNames.KeyHash(name), PlaceNames.KeyHash(System.Text.Encoding.UTF8.GetBytes(name)));
    }

    [Theory]
    [InlineData("Teterinsky Street", PlacePrecision.Street)]
    [InlineData("Frunzenskaya embankment", PlacePrecision.Street)]
    [InlineData("Kutuzovsky Prospekt", PlacePrecision.Street)]
    [InlineData("Losiny Ostrov National Park", PlacePrecision.Park)]
    [InlineData("Timiryazev Agricultural Academy", PlacePrecision.Point)]
    [InlineData("Ministry of Defence", PlacePrecision.Point)]
    [InlineData("Vnukovo airport", PlacePrecision.Point)]
    public void BelowCity_reads_the_kind_of_place_from_its_last_word(string name, PlacePrecision precision)
    {
        Assert.Equal(precision, PlaceNames.BelowCity(name));
    }

    [Theory]
    [InlineData("Moscow")]
    [InlineData("Saratov")]
    [InlineData("New York")]
    [InlineData("Novo-Ogariovo")]
    public void BelowCity_is_null_for_names_that_may_be_settlements(string name)
    {
        Assert.Null(PlaceNames.BelowCity(name));
    }
}
