namespace Claimtrail.Text;

/// <summary>
/// A cheap test whether a word is a regular inflection, derivation or prefixed form of a known word.
/// The word list already holds most inflections; this catches the rest (possessives, "re-" forms,
/// "-ness" nouns) so that glued-word repair does not take them for two words.
/// </summary>
internal static class Inflections
{
    private const int MinStem = 3;

    // Prefixes and the combining forms that news coins words with ("eurobond", "petrochemicals").
    private static readonly string[] Prefixes =
    [
        "agri", "agro", "anti", "auto", "bio", "co", "counter", "cyber", "de", "dis", "eco", "electro", "euro", "ex",
        "geo", "hydro", "inter", "macro", "mega", "micro", "mid", "mis", "mono", "multi", "neo", "non", "out", "over",
        "para", "petro", "photo", "poly", "post", "pre", "pro", "pseudo", "re", "self", "semi", "socio", "sub",
        "super", "tele", "thermo", "trans", "tri", "ultra", "un", "under",
    ];

    // Longest first, so "ings" is tried before "s".
    private static readonly string[] Suffixes =
    [
        "ments", "ness", "ment", "ings", "ists", "ing", "ers", "est", "ism", "ist", "ity", "ed", "es", "er", "ly", "s", "d",
    ];

    public static bool IsInflectionOfKnown(WordLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (StripPossessive(word) is { Length: > 0 } stem && stem.Length < word.Length)
        {
            return lexicon.Contains(stem) || HasKnownStem(lexicon, stem);
        }

        if (HasKnownStem(lexicon, word))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= MinStem && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = word[prefix.Length..];
                if (lexicon.Contains(rest) || HasKnownStem(lexicon, rest))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static bool HasKnownStem(WordLexicon lexicon, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        if (word.Length > buffer.Length - 1)
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length < MinStem || !word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            if (lexicon.Contains(stem))
            {
                return true;
            }

            // "making" → "make", "studies" → "study", "stopped" → "stop".
            stem.CopyTo(buffer);
            buffer[stem.Length] = 'e';
            if (lexicon.Contains(buffer[..(stem.Length + 1)]))
            {
                return true;
            }

            if (stem[^1] is 'i' or 'I')
            {
                buffer[stem.Length - 1] = 'y';
                if (lexicon.Contains(buffer[..stem.Length]))
                {
                    return true;
                }
            }

            if (stem.Length > MinStem && char.ToLowerInvariant(stem[^1]) == char.ToLowerInvariant(stem[^2]) && lexicon.Contains(stem[..^1]))
            {
                return true;
            }
        }

        return false;
    }
}
