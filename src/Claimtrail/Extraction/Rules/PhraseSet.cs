using System.Collections.Frozen;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Multi-word phrases indexed by their first word, so that testing a token against hundreds of cue and
/// hedge phrases costs one dictionary look-up in the common case where no phrase starts there.
/// </summary>
/// <typeparam name="T">What a phrase carries (a stance, a kind), or the phrase itself.</typeparam>
internal sealed class PhraseSet<T>
{
    private readonly FrozenDictionary<string, (string[] Words, string Phrase, T Value)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Words, string Phrase, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byFirstWord = phrases
            .Select(p => (Words: p.Phrase.Split(' '), p.Phrase, p.Value))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The length in tokens of the longest phrase that starts at <paramref name="i"/>, or 0.</summary>
    public int Match(TokenWindow w, int i, out string? phrase, out T? value)
    {
        phrase = null;
        value = default;
        if (i < 0 || i >= w.Count || !_lookup.TryGetValue(w.Lower(i), out var candidates))
        {
            return 0;
        }

        foreach (var (words, text, payload) in candidates)
        {
            var k = 1;
            while (k < words.Length && i + k < w.Count && w.Lower(i + k).SequenceEqual(words[k]))
            {
                k++;
            }

            if (k == words.Length)
            {
                phrase = text;
                value = payload;
                return k;
            }
        }

        return 0;
    }

    /// <summary>The length in tokens of the longest phrase that starts at <paramref name="i"/>, or 0.</summary>
    public int Match(TokenWindow w, int i) => Match(w, i, out _, out _);
}
