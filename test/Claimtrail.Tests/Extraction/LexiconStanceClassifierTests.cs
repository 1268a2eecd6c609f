using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

/// <summary>Stance and hedges as the default pipeline gives them.</summary>
public sealed class LexiconStanceClassifierTests
{
    [Theory]
    [InlineData("The port director said that if the strike goes on, exports will stop.", Stance.Conditional)]
    [InlineData("The union warned that unless pay rises, the docks will close.", Stance.Conditional)]
    [InlineData("If the images are genuine, the barracks burned down on Sunday.", Stance.Conditional)]
    [InlineData("Reporters asked whether the director had resigned.", Stance.Questions)]
    [InlineData("Several economists doubt that prices will fall this year.", Stance.Questions)]
    [InlineData("The coast guard has confirmed that the yacht sank.", Stance.Confirms)]
    [InlineData("The harbour office said it was not for the port to comment on the inquiry.", Stance.Deflects)]
    [InlineData("A spokesman refuted claims that the ferry was overloaded.", Stance.Denies)]
    [InlineData("The port director said exports will stop next month.", Stance.Asserts)]
    public void The_stance_is_read_from_the_cue_and_what_opens_the_content(string text, Stance expected)
    {
        Assert.Equal(expected, Assert.Single(Analyze.Text(text).Mentions).Stance);
    }

    [Theory]
    [InlineData("The agency said the pilot is believed to have ejected.", "is believed to")]
    [InlineData("Witnesses said the blast was likely caused by a gas leak.", "likely")]
    [InlineData("The blogger said the captain is rumoured to have fled.", "rumoured")]
    public void Hedges_of_belief_and_likelihood_are_found(string text, string hedge)
    {
        Assert.Contains(Assert.Single(Analyze.Text(text).Mentions).Hedges, h => h.Contains(hedge, StringComparison.Ordinal));
    }

    [Fact]
    public void A_negated_modal_does_not_hedge()
    {
        var mention = Assert.Single(Analyze.Text("The ferry company could not be reached for comment.").Mentions);

        Assert.Equal(Stance.NoComment, mention.Stance);
        Assert.DoesNotContain("could", mention.Hedges);
    }
}
