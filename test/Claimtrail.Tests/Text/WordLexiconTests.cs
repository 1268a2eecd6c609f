using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

public sealed class WordLexiconTests
{
    [Fact]
    public void The_shipped_lexicon_loads_tens_of_thousands_of_words()
    {
        var lexicon = WordLexicon.Shared;

        Assert.InRange(lexicon.Count, 70_000, 90_000);
        Assert.NotNull(WordLexicon.SharedLoadTime);
    }

    [Theory]
    [InlineData("the", 10)]
    [InlineData("The", 10)]
    [InlineData("quoted", 10)]
    [InlineData("defence", 10)]
    [InlineData("defense", 10)]
    [InlineData("rumours", 20)]
    public void Words_have_frequency_tiers_and_case_is_ignored(string word, int tier) =>
        Assert.Equal(tier, WordLexicon.Shared.TierOf(word));

    [Theory]
    [InlineData("Meduza")]
    [InlineData("Peskov")]
    [InlineData("callingquoted")]
    public void Names_and_glued_words_are_unknown(string word)
    {
        Assert.False(WordLexicon.Shared.Contains(word));
        Assert.Null(WordLexicon.Shared.TierOf(word));
    }

    [Theory]
    [InlineData("ministry's", true)]
    [InlineData("reinspected", true)]
    [InlineData("eurobonds", true)]
    [InlineData("antidrone", true)]
    [InlineData("Meduzahas", false)]
    public void Inflections_and_prefixed_forms_of_known_words_count_as_known(string word, bool known) =>
        Assert.Equal(known, WordLexicon.Shared.ContainsWordOrInflection(word));

    [Fact]
    public void Common_means_at_most_the_common_tier_unless_asked_otherwise()
    {
        var lexicon = WordLexicon.FromTiers([new("harbour", 35), new("escarpment", 60)]);

        Assert.True(lexicon.IsCommon("harbour"));
        Assert.False(lexicon.IsCommon("escarpment"));
        Assert.True(lexicon.IsCommon("escarpment", WordLexicon.RarestTier));
        Assert.False(lexicon.IsCommon("unknown"));
    }

    [Fact]
    public void A_word_listed_twice_keeps_its_more_common_tier()
    {
        var lexicon = WordLexicon.FromTiers([new("OK", 35), new("ok", 20)]);

        Assert.Equal(1, lexicon.Count);
        Assert.Equal(20, lexicon.TierOf("Ok"));
    }

    [Fact]
    public void A_lexicon_reads_the_shipped_tab_separated_format()
    {
        using var reader = new StringReader("alpha\t10\nbeta\t55\n\nmalformed line\n");

        var lexicon = WordLexicon.Load(reader);

        Assert.Equal(2, lexicon.Count);
        Assert.Equal(55, lexicon.TierOf("BETA"));
    }
}
