using System.Collections.Frozen;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Read access to a text's tokens for the rule stages: lower-case views without copies, phrase
/// matching, and the character classes the rules test.
/// </summary>
internal sealed class TokenWindow
{
    private readonly string _lower;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalysedText, TokenWindow> Shared = [];

    /// <summary>The window over <paramref name="analysed"/>, made once and shared by every rule stage.</summary>
    public static TokenWindow For(AnalysedText analysed) => Shared.GetValue(analysed, static a => new TokenWindow(a));

    private TokenWindow(AnalysedText analysed)
    {
        Analysed = analysed;
        Text = analysed.Text;
        Tokens = analysed.Tokens;

        // Invariant lower-casing maps UTF-16 units one to one, so offsets stay valid.
        _lower = analysed.Text.ToLowerInvariant();
    }

    public AnalysedText Analysed { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public ReadOnlySpan<char> Raw(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public string LowerString(int i) => Lower(i).ToString();

    public bool Is(int i, string word) => i >= 0 && i < Count && Lower(i).SequenceEqual(word);

    public bool In(int i, FrozenSet<string> set) =>
        i >= 0 && i < Count && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(i));

    public bool IsWord(int i) => i >= 0 && i < Count && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    public bool IsPunct(int i, char c) => i >= 0 && i < Count && Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && Text[Tokens[i].Start] == c;

    public bool IsComma(int i) => IsPunct(i, ',');

    public bool IsDash(int i) => i >= 0 && i < Count && Text[Tokens[i].Start] is '\u2013' or '\u2014' or '-' && Tokens[i].Length == 1;

    public bool IsOpenQuote(int i) => i >= 0 && i < Count && Tokens[i].Length == 1 && Text[Tokens[i].Start] is '\u201C' or '\u00AB' or '\u2018' or '"';

    public bool IsCloseQuote(int i) => i >= 0 && i < Count && Tokens[i].Length == 1 && Text[Tokens[i].Start] is '\u201D' or '\u00BB' or '"';

    public bool IsQuote(int i) => i >= 0 && i < Count && Tokens[i].Length == 1 && Text[Tokens[i].Start] is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '"';

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsAllCaps(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var raw = Raw(i);
        var letters = 0;
        foreach (var c in raw)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>Length in tokens of <paramref name="phrase"/> matched at <paramref name="i"/>, or 0. Allocates nothing.</summary>
    public int Match(int i, string phrase)
    {
        var n = 0;
        var rest = phrase.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var part = space < 0 ? rest : rest[..space];
            if (i + n >= Count || !Lower(i + n).SequenceEqual(part))
            {
                return 0;
            }

            n++;
            if (space < 0)
            {
                return n;
            }

            rest = rest[(space + 1)..];
        }
    }

    /// <summary>The longest of <paramref name="phrases"/> matched at <paramref name="i"/>: its length, or 0.</summary>
    public int MatchAny(int i, string[] phrases, out string? matched)
    {
        var best = 0;
        matched = null;
        foreach (var phrase in phrases)
        {
            var n = Match(i, phrase);
            if (n > best)
            {
                best = n;
                matched = phrase;
            }
        }

        return best;
    }

    public TextSpan Span(int first, int endExclusive) => new(Tokens[first].Start, Tokens[endExclusive - 1].End);

    public string TextOf(int first, int endExclusive) => Span(first, endExclusive).Of(Text);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
