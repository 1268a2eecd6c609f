namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Feature hashing without strings: a token's characters are hashed once per document, and every
/// feature is a mix of a template id with such hashes or small integers. The model stores weights
/// per hash bucket, so inference never builds a feature string.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hash of a token's text, lower-cased, with typographic quotes and dashes folded to ASCII.</summary>
    public static ulong Word(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h ^= Fold(c);
            h *= FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hash of the last <paramref name="length"/> characters, folded as in <see cref="Word"/>.</summary>
    public static ulong Suffix(ReadOnlySpan<char> text, int length) =>
        text.Length <= length ? Mix(Word(text), 0x5u) : Mix(Word(text[^length..]), 0x5u);

    /// <summary>Hash of the word's shape: character classes with runs collapsed ("Xx", "X.X.", "d,d"), at most 5 classes.</summary>
    public static ulong Shape(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        var last = '\0';
        var n = 0;
        foreach (var c in text)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : Fold(c);
            if (k == last)
            {
                continue;
            }

            last = k;
            h ^= k;
            h *= FnvPrime;
            if (++n == 5)
            {
                break;
            }
        }

        return Finish(h);
    }

    /// <summary>
    /// Combines two values: one rotate, xor and multiply, cheap enough for the 30–45 features of every
    /// token; <see cref="Finish"/> spreads the bits once, when the feature is turned into a bucket.
    /// </summary>
    public static ulong Mix(ulong a, ulong b) => (System.Numerics.BitOperations.RotateLeft(a, 27) ^ b) * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;

    /// <summary>Combines three values.</summary>
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>Combines four values.</summary>
    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    /// <summary>Folds a character for hashing: lower case, curly quotes and dashes to their ASCII forms.</summary>
    public static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' => '\'',
        '\u2013' or '\u2014' or '\u2012' or '\u2015' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>SplitMix64's finaliser: every input bit reaches every output bit.</summary>
    public static ulong Finish(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
