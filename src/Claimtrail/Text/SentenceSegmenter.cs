namespace Claimtrail.Text;

/// <summary>
/// Splits tokenised text into sentences: at line breaks, and at '.', '!' or '?' followed by a
/// capitalised word, a quote or a digit, unless the dot ends a known abbreviation or an initial.
/// Closing quotes and brackets after the stop stay with the sentence they close.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Gov", "Sen", "Rep",
        "St", "Jr", "Sr", "Rev", "Hon", "Pres", "Supt", "Cmdr", "Brig", "vs", "etc", "No", "Inc", "Co", "Corp",
        "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
    };

    /// <summary>Segments <paramref name="text"/> whose tokens are <paramref name="tokens"/>.</summary>
    public static List<Sentence> Segment(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var boundary = false;
            var last = i;
            if (i + 1 < tokens.Count && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start))
            {
                boundary = true;
            }
            else if (IsStop(text, tokens[i]) && !IsAbbreviation(text, tokens, i))
            {
                // Take closing quotes and brackets along.
                while (last + 1 < tokens.Count && IsCloser(text[tokens[last + 1].Start]) && tokens[last + 1].Start == tokens[last].End)
                {
                    last++;
                }

                boundary = last + 1 >= tokens.Count || StartsSentence(text, tokens[last + 1]);
            }

            if (boundary || last + 1 >= tokens.Count)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End), first, last - first + 1));
                first = last + 1;
                i = last;
            }
        }

        return sentences;
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    private static bool IsStop(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[' or '-' or '\u2013' or '\u2014';
    }

    private static bool IsAbbreviation(string text, IReadOnlyList<Token> tokens, int stop)
    {
        if (text[tokens[stop].Start] != '.' || stop == 0 || tokens[stop - 1].End != tokens[stop].Start)
        {
            return false;
        }

        var word = tokens[stop - 1].In(text);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // An initial: "John F. Kennedy".
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
