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

    /// <summary>
    /// Counts for a test that must not rule out anything the real counts allow, before a text is tokenised: every word
    /// occurs once.
    /// </summary>
    public static WordCounts EachOnce => default;

    /// <summary>The number of word tokens equal to <paramref name="word"/>, ignoring case.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        if (_tokens is null)
        {
            return 1;
        }

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
