using Claimtrail.Matching.Tests.Embeddings;
using Claimtrail.Model;

namespace Claimtrail.Matching.Tests;

public sealed class DefaultMatcherTests : IClassFixture<MiniLmFixture>
{
    private readonly HybridClaimMatcher _matcher;

    public DefaultMatcherTests(MiniLmFixture fixture) => _matcher = DefaultMatcher.Create(fixture.Embedder);

    [Fact]
    public void The_shipped_model_weighs_the_cosine_and_has_a_threshold_inside_0_1()
    {
        var model = DefaultMatcher.LoadModel();

        Assert.Contains("cosine", model.Features);
        Assert.True(model.Weights[model.Features.ToList().IndexOf("cosine")] > 0);
        Assert.InRange(model.Threshold, 0d, 1d);
        Assert.Contains("fit-match", model.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_wordings_of_one_claim_match()
    {
        var result = _matcher.Match(
            new ClaimStatement("A Pantsir air defence system has been placed on the roof of the defence ministry building in Moscow."),
            new ClaimStatement("Photos show a Pantsir system installed on top of the Moscow defence ministry headquarters."));

        Assert.True(result.IsMatch, result.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unrelated_claims_do_not_match()
    {
        var result = _matcher.Match(
            new ClaimStatement("A Pantsir air defence system has been placed on the roof of the defence ministry building in Moscow."),
            new ClaimStatement("The central bank raised its key interest rate by two points."));

        Assert.False(result.IsMatch);
        Assert.True(result.Score < 0.2, result.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_claim_and_its_denial_do_not_match()
    {
        const string content = "Ukrainian forces carried out the drone strikes on the air bases.";

        var plain = _matcher.Match(new ClaimStatement(content), new ClaimStatement(content));
        var denied = _matcher.Match(new ClaimStatement(content, Stance.Asserts), new ClaimStatement(content, Stance.Denies));

        Assert.True(plain.IsMatch);
        Assert.False(denied.IsMatch);
        Assert.True(denied.StanceConflict);
        Assert.Equal(plain.Score, denied.Score);
    }
}
