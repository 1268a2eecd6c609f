namespace Claimtrail.Text;

/// <summary>How often a word occurs among a text's word tokens, case aside: counted on demand by a scan.</summary>
internal readonly struct WordCounts
{
    private readonly string _text;
    private readonly List<Token> _tokens;

    public WordCounts(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>The number of word tokens equal to <paramref name="word"/>, ignoring case.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var token in _tokens)
        {
            if (token.Kind == TokenKind.Word && token.Length == word.Length && token.In(_text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
        }

        return count;
    }
}
