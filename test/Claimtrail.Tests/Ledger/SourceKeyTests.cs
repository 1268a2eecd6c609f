using Claimtrail.Ledger;

namespace Claimtrail.Tests.Ledger;

public sealed class SourceKeyTests
{
    [Theory]
    [InlineData("Moscow calling", "moscow calling")]
    [InlineData("  Moscow   Calling ", "moscow calling")]
    [InlineData("«Moscow calling»", "moscow calling")]
    [InlineData("\"Moscow calling\"", "moscow calling")]
    [InlineData("Kyïv Independent", "kyiv independent")]
    [InlineData("Pantsir-S1", "pantsir s1")]
    [InlineData("Łódź Gazette", "lodz gazette")]
    [InlineData("Kyi\u0308v", "kyiv")]
    [InlineData("Timiryazev Agricultural Academy", "timiryazev agricultural academy")]
    public void Spellings_that_differ_in_case_accents_spacing_or_quotes_share_a_key(string name, string key) =>
        Assert.Equal(key, SourceKey.For(name));

    [Fact]
    public void Different_names_get_different_keys() =>
        Assert.NotEqual(SourceKey.For("Meduza"), SourceKey.For("Agentstvo"));

    [Fact]
    public void A_name_of_punctuation_only_has_an_empty_key() =>
        Assert.Equal(string.Empty, SourceKey.For("— …"));
}
