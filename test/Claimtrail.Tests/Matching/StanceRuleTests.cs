using Claimtrail.Matching;
using Claimtrail.Model;

namespace Claimtrail.Tests.Matching;

public sealed class StanceRuleTests
{
    [Theory]
    [InlineData(Stance.Asserts, Stance.Denies)]
    [InlineData(Stance.Denies, Stance.Asserts)]
    [InlineData(Stance.Confirms, Stance.Denies)]
    [InlineData(Stance.Denies, Stance.Conditional)]
    public void A_denial_opposes_what_is_put_forward(Stance a, Stance b)
    {
        Assert.True(StanceRule.Opposes(a, b));
    }

    [Theory]
    [InlineData(Stance.Denies, Stance.Denies)]
    [InlineData(Stance.Asserts, Stance.Confirms)]
    [InlineData(Stance.Asserts, Stance.Questions)]
    [InlineData(Stance.NoComment, Stance.Denies)]
    [InlineData(Stance.Deflects, Stance.Asserts)]
    public void Other_stance_pairs_do_not_oppose(Stance a, Stance b)
    {
        Assert.False(StanceRule.Opposes(a, b));
    }

    [Fact]
    public void An_unknown_stance_opposes_nothing()
    {
        Assert.False(StanceRule.Opposes(null, Stance.Denies));
        Assert.False(StanceRule.Opposes(Stance.Asserts, null));
    }
}
