using Claimtrail.Matching;
using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Matching;

public sealed class HybridClaimMatcherTests
{
    private readonly HybridClaimMatcher _matcher = new(new WordHashEmbedder(), SomeMatchModel.CosineOnly());

    [Fact]
    public void The_same_proposition_matches()
    {
        var result = _matcher.Match(new ClaimStatement("Air defence systems were installed on the ministry roof."), new ClaimStatement("Air defence systems were installed on the ministry roof."));

        Assert.True(result.IsMatch);
        Assert.False(result.StanceConflict);
        Assert.InRange(result.Score, 0.9, 1d);
    }

    [Fact]
    public void Unrelated_propositions_do_not_match()
    {
        var result = _matcher.Match(new ClaimStatement("Air defence systems were installed on the ministry roof."), new ClaimStatement("The football final was postponed by a week."));

        Assert.False(result.IsMatch);
        Assert.True(result.Score < _matcher.Threshold);
    }

    [Fact]
    public void A_claim_never_matches_its_denial_however_alike_the_words()
    {
        const string content = "Air defence systems were installed on the ministry roof.";

        var result = _matcher.Match(new ClaimStatement(content, Stance.Asserts), new ClaimStatement(content, Stance.Denies));

        Assert.True(result.StanceConflict);
        Assert.False(result.IsMatch);
        Assert.True(result.Score >= _matcher.Threshold, "the texts alone would match");
    }

    [Fact]
    public void Two_denials_of_one_proposition_match()
    {
        const string content = "Air defence systems were installed on the ministry roof.";

        var result = _matcher.Match(new ClaimStatement(content, Stance.Denies), new ClaimStatement(content, Stance.Denies));

        Assert.True(result.IsMatch);
    }

    [Fact]
    public void A_post_is_compared_with_the_article_sentence_that_states_its_claim()
    {
        var features = new PairFeatureExtractor(new WordHashEmbedder());

        var vector = features.Extract(
            "Trees were cut down in the park to clear space for launchers https://t.me/x/1 — Sirena (sirena) May 3, 2023",
            "Is the park being cleared? Residents posted photos of felled trunks. Trees were cut down in the park to clear space for launchers.");

        Assert.Equal(1d, vector[0], 6);
        Assert.Equal(1d, vector[PairFeatures.Names.ToList().IndexOf("word_jaccard")], 6);
    }

    [Fact]
    public void Mentions_carry_their_stance_into_the_statement()
    {
        var mention = new Mention
        {
            Id = "m1",
            Span = new Claimtrail.Text.TextSpan(0, 4),
            Fragments = [new Claimtrail.Text.TextSpan(0, 4)],
            Content = "text",
            Speaker = new Speaker("Kremlin", SourceKind.Institution),
            Cue = "denied",
            CueSpan = new Claimtrail.Text.TextSpan(5, 11),
            Stance = Stance.Denies,
            Extractor = "test/1",
        };

        Assert.Equal(new ClaimStatement("text", Stance.Denies), ClaimStatement.From(mention));
    }
}
