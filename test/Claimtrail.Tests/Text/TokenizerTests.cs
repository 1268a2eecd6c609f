using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Pantsir-S1 and S-400", new[] { "Pantsir-S1", "and", "S-400" })]
    [InlineData("The U.S. said 1,750 tonnes.", new[] { "The", "U.S.", "said", "1,750", "tonnes", "." })]
    [InlineData("“It’s over,” she said", new[] { "“", "It’s", "over", ",", "”", "she", "said" })]
    [InlineData("price rose 3.5% – again", new[] { "price", "rose", "3.5", "%", "–", "again" })]
    [InlineData("end. Next", new[] { "end", ".", "Next" })]
    public void Tokens_are_offsets_that_cover_words_numbers_and_punctuation(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => t.In(text).ToString()));
    }

    [Fact]
    public void Emoji_outside_the_basic_plane_is_one_symbol_token()
    {
        var text = "fire 🔥 now";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["fire", "🔥", "now"], tokens.Select(t => t.In(text).ToString()));
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(string.Empty));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }
}
