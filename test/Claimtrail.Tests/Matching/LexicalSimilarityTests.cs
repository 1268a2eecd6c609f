using Claimtrail.Matching;

namespace Claimtrail.Tests.Matching;

public sealed class LexicalSimilarityTests
{
    private static LexicalSimilarity Compare(string a, string b) => LexicalSimilarity.Between(TextProfile.Of(a), TextProfile.Of(b));

    [Fact]
    public void Identical_texts_share_every_word_and_shingle()
    {
        var similarity = Compare("Three drones hit the depot near Kursk overnight.", "Three drones hit the depot near Kursk overnight.");

        Assert.Equal(1d, similarity.WordJaccard);
        Assert.Equal(1d, similarity.WordContainment);
        Assert.Equal(1d, similarity.ShingleJaccard);
        Assert.Equal(1d, similarity.LengthRatio);
    }

    [Fact]
    public void Texts_without_a_common_word_score_zero_overlap()
    {
        var similarity = Compare("Floods closed the northern highway.", "Parliament approved a budget yesterday.");

        Assert.Equal(0d, similarity.WordJaccard);
        Assert.Equal(0d, similarity.ShingleJaccard);
    }

    [Fact]
    public void Word_jaccard_counts_content_words_only()
    {
        // Content words: {mayor, opened, bridge} against {mayor, closed, bridge}: 2 shared of 4.
        var similarity = Compare("The mayor opened the bridge.", "A mayor closed a bridge.");

        Assert.Equal(0.5, similarity.WordJaccard, 6);
    }

    [Fact]
    public void A_short_post_inside_a_long_article_is_fully_contained()
    {
        var similarity = Compare(
            "Soldiers seized the airport.",
            "Witnesses said soldiers seized the airport early on Monday, and flights were cancelled until further notice.");

        Assert.Equal(1d, similarity.WordContainment);
        Assert.True(similarity.WordJaccard < 0.5, similarity.WordJaccard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(similarity.LengthRatio < 0.5);
    }

    [Fact]
    public void Shingles_see_word_order_that_word_sets_miss()
    {
        var similarity = Compare("Police arrested the protesters.", "The protesters arrested police.");

        Assert.Equal(1d, similarity.WordJaccard);
        Assert.True(similarity.ShingleJaccard < 0.5);
    }

    [Theory]
    [InlineData("The blast killed 3 people.", "The blast killed 5 people.", 0d)]
    [InlineData("The blast killed 3 people and injured 4.", "Four injured, 3 killed in the blast.", 1d)]
    [InlineData("The blast killed 1,750 people.", "The blast killed 1750 people.", 1d)]
    [InlineData("The blast killed people.", "The blast killed 5 people.", 1d)]
    public void Numbers_disagree_only_when_both_sides_give_them(string a, string b, double expected)
    {
        Assert.Equal(expected, Compare(a, b).NumberAgreement, 6);
    }

    [Theory]
    [InlineData("A spokesman for Peskov declined to comment.", "A spokesman for Putin declined to comment.", 0d)]
    [InlineData("A spokesman for Peskov declined to comment.", "Peskov, through a spokesman, declined to comment.", 1d)]
    [InlineData("Officials declined to comment.", "A spokesman for Putin declined to comment.", 1d)]
    public void Names_disagree_only_when_both_sides_name_someone(string a, string b, double expected)
    {
        Assert.Equal(expected, Compare(a, b).NameAgreement, 6);
    }

    [Fact]
    public void A_capitalised_sentence_opener_is_not_a_name()
    {
        var profile = TextProfile.Of("Officials met. Later Peskov spoke.");

        Assert.Equal(["peskov"], profile.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shingles_do_not_span_sentence_breaks()
    {
        var profile = TextProfile.Of("Rain fell. Roads closed.");

        Assert.Equal(["rain fell", "roads closed"], profile.Shingles.Order(StringComparer.Ordinal));
    }
}
