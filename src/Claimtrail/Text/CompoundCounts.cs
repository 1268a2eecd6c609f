namespace Claimtrail.Text;

/// <summary>
/// For each known word, how many known words it starts or ends as a closed compound ("air" + "base", "run" + "up").
/// Glued-word repair uses it to leave real compounds alone: a right part that ends many compounds
/// ("maker", "land", "man") or a left part that starts many ("air", "news") is a compound, not two words
/// that lost their space.
/// </summary>
internal sealed class CompoundCounts
{
    // Compounds start with a word of three letters or more and may end with two ("set" + "up").
    private const int MinLeft = 3;
    private const int MinRight = 2;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starting;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ending;

    private CompoundCounts(Dictionary<string, int> starting, Dictionary<string, int> ending)
    {
        _starting = starting.GetAlternateLookup<ReadOnlySpan<char>>();
        _ending = ending.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CompoundCounts Build(WordLexicon lexicon)
    {
        var starting = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ending = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var startingLookup = starting.GetAlternateLookup<ReadOnlySpan<char>>();
        var endingLookup = ending.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in lexicon.Words)
        {
            var span = word.AsSpan();
            for (var i = MinLeft; i <= span.Length - MinRight; i++)
            {
                var left = span[..i];
                var right = span[i..];
                if (lexicon.Contains(left) && lexicon.Contains(right))
                {
                    Increment(startingLookup, left);
                    Increment(endingLookup, right);
                }
            }
        }

        return new CompoundCounts(starting, ending);
    }

    public int StartingWith(ReadOnlySpan<char> word) => _starting.TryGetValue(word, out var count) ? count : 0;

    public int EndingWith(ReadOnlySpan<char> word) => _ending.TryGetValue(word, out var count) ? count : 0;

    private static void Increment(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> key)
    {
        counts.TryGetValue(key, out var count);
        counts[key] = count + 1;
    }
}
