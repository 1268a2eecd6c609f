namespace Claimtrail.Text;

/// <summary>
/// Whether a word is one edit (a letter left out, added, changed, or two swapped) away from a known word.
/// Such a word is a misspelling ("subsdiary", "belive"), and splitting it would make it worse
/// ("be live"); glued-word repair leaves it alone.
/// </summary>
internal static class Misspellings
{
    private const int MinLength = 4;
    private const int MaxLength = 40;

    public static bool IsOneEditFromKnown(WordLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength + 1];

        // A letter too many.
        for (var i = 0; i < word.Length; i++)
        {
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            if (lexicon.Contains(buffer[..(word.Length - 1)]))
            {
                return true;
            }
        }

        // Two letters swapped.
        for (var i = 0; i + 1 < word.Length; i++)
        {
            word.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            if (lexicon.Contains(buffer[..word.Length]))
            {
                return true;
            }
        }

        // A letter wrong, or one missing.
        for (var i = 0; i <= word.Length; i++)
        {
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                if (i < word.Length)
                {
                    word.CopyTo(buffer);
                    buffer[i] = letter;
                    if (lexicon.Contains(buffer[..word.Length]))
                    {
                        return true;
                    }
                }

                word[..i].CopyTo(buffer);
                buffer[i] = letter;
                word[i..].CopyTo(buffer[(i + 1)..]);
                if (lexicon.Contains(buffer[..(word.Length + 1)]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
