using Claimtrail.Matching;

namespace Claimtrail.Tests.Matching;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("Bridge closed after the storm https://t.co/abc123 — City News (citynews) March 4, 2021", "Bridge closed after the storm")]
    [InlineData("Bridge closed pic.twitter.com/xyz after the storm", "Bridge closed   after the storm")]
    [InlineData("The minister — speaking on Monday — said the bridge closed.", "The minister — speaking on Monday — said the bridge closed.")]
    public void Clean_drops_links_and_a_trailing_post_signature_only(string text, string expected)
    {
        Assert.Equal(expected, MatchText.Clean(text));
    }

    [Fact]
    public void Units_are_the_whole_text_then_each_sentence_long_enough_to_state_a_claim()
    {
        var units = MatchText.Units("Really? Trees in the park were cut down overnight. Residents were angry about it.");

        Assert.Equal(
            ["Really? Trees in the park were cut down overnight. Residents were angry about it.", "Trees in the park were cut down overnight.", "Residents were angry about it."],
            units);
    }

    [Fact]
    public void A_single_sentence_is_its_only_unit()
    {
        Assert.Equal(["Trees in the park were cut down overnight."], MatchText.Units("Trees in the park were cut down overnight."));
    }
}
