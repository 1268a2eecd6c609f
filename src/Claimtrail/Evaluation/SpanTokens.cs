using Claimtrail.Text;

namespace Claimtrail.Evaluation;

/// <summary>Maps spans of one document to the sets of its tokens they touch, as sorted token indices.</summary>
internal sealed class SpanTokens
{
    private readonly List<Token> _tokens;

    public SpanTokens(string text)
    {
        _tokens = Tokenizer.Tokenize(text);
    }

    /// <summary>
    /// The tokens a span is scored on: its non-punctuation tokens, or, when it has none (a ":" cue,
    /// a lone quote mark), its punctuation tokens, so that such a span can still be matched.
    /// </summary>
    public int[] Scored(IReadOnlyList<TextSpan> fragments)
    {
        var all = All(fragments);
        var words = Array.FindAll(all, i => _tokens[i].Kind != TokenKind.Punctuation);
        return words.Length > 0 ? words : all;
    }

    /// <summary>Every token whose range intersects any of <paramref name="fragments"/>, in text order, without repeats.</summary>
    public int[] All(IReadOnlyList<TextSpan> fragments)
    {
        var indices = new List<int>();
        foreach (var fragment in fragments)
        {
            for (var i = FirstEndingAfter(fragment.Start); i < _tokens.Count && _tokens[i].Start < fragment.End; i++)
            {
                if (_tokens[i].End > fragment.Start)
                {
                    indices.Add(i);
                }
            }
        }

        indices.Sort();
        var distinct = new List<int>(indices.Count);
        foreach (var index in indices)
        {
            if (distinct.Count == 0 || distinct[^1] != index)
            {
                distinct.Add(index);
            }
        }

        return [.. distinct];
    }

    /// <summary>Number of indices two sorted sets share.</summary>
    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    // Tokens do not overlap and are in text order, so their ends ascend: binary search on the end.
    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
