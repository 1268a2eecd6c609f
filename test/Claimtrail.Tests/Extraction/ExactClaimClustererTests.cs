using Claimtrail.Extraction.Rules;
using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

public sealed class ExactClaimClustererTests
{
    [Fact]
    public void The_same_content_in_two_reports_is_one_claim_with_both_mentions()
    {
        var result = Analyze.All(
            "The mayor said that the bridge will reopen in May.",
            "Local radio reported that “the bridge will reopen in May”.");
        var claim = Assert.Single(result.Claims);
        Assert.Equal(2, claim.Mentions.Count);
    }

    [Fact]
    public void Different_content_makes_different_claims()
    {
        var result = Analyze.All("The mayor said that the bridge will reopen in May.", "The mayor said that the bridge will stay closed.");
        Assert.Equal(2, result.Claims.Count);
    }

    [Fact]
    public void A_no_comment_response_joins_the_claims_stated_before_it_and_makes_none_of_its_own()
    {
        var result = Analyze.All("The union said that the plant will close. The owners have not commented on the reports.");
        var claim = Assert.Single(result.Claims);
        Assert.Equal(2, claim.Mentions.Count);
    }

    [Fact]
    public void A_denial_of_a_claim_is_its_own_proposition_never_a_response()
    {
        var result = Analyze.All("The union said that the plant will close. The owners denied that the plant will close.");
        var claim = Assert.Single(result.Claims);
        var stances = result.Reports[0].Mentions.Where(m => claim.Mentions.Contains(m.Id)).Select(m => m.Stance).ToList();
        Assert.Contains(Stance.Asserts, stances);
        Assert.Contains(Stance.Denies, stances);
    }

    [Theory]
    [InlineData("“The Bridge, will reopen!”", "the bridge will reopen")]
    [InlineData("that prices rose", "prices rose")]
    [InlineData("it’s done", "its done")]
    public void Matching_key_ignores_case_punctuation_and_a_leading_that(string content, string key) =>
        Assert.Equal(key, ExactClaimClusterer.Key(content));
}
