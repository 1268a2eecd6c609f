using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class SourceNameMatchTests
{
    [Theory]
    [InlineData("Agentstvo", "the online publication Agentstvo", true)]
    [InlineData("the mayor", "Mayor", true)]
    [InlineData("@coastdesk", "@coastdesk", true)]
    [InlineData("The mayor's office", "mayor's office", true)]
    [InlineData("a source in the defence ministry", "defence ministry", false)]
    [InlineData("Meduza", "Harbour Watch quoted from the site Meduza in a long post", false)]
    [InlineData("Radio Vesna", "Radio Marlin", false)]
    public void A_prediction_names_the_gold_source_when_it_holds_its_words_and_little_more(string gold, string predicted, bool expected) =>
        Assert.Equal(expected, SourceNameMatch.Matches(gold, predicted));

    [Theory]
    [InlineData("quoted from", "Quoted  from", true)]
    [InlineData("according to", "according", false)]
    public void Cues_are_the_same_when_their_words_are(string gold, string predicted, bool expected) =>
        Assert.Equal(expected, SourceNameMatch.SameCue(gold, predicted));
}
