using System.Text;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// Tells from a document's own words whether it reads as news or as a social-media post, the way the tagger meets
/// text in use, where nothing else says where it came from. A handle, a hashtag, an emoji or a lower-case "i" make a
/// post; a wire dateline ("LONDON 1996-08-30", "PARIS, Aug 30") makes news; otherwise a short text is a post, unless
/// it writes names as densely as a news sentence does, and a long one is news. Posts that look edited are still posts:
/// on WNUT-17 dev, those that start with a capital and end with a full stop were tagged better as posts (F1 0.500)
/// than as news (0.396). But the reading of posts, tuned there, takes most capitalised pairs for people, and a short
/// news sentence ("Marta Kowalczyk met Jonas Berg of Carrow Mining in Gdansk") would lose its organisations; the
/// 27 of 1,009 dev posts that are written as densely cost 0.002 of F1 read as news.
/// </summary>
public static class NerDomainDetector
{
    /// <summary>Documents with fewer word tokens than this and no dateline are posts.</summary>
    public const int ShortWords = 60;

    // At least this many words after a sentence's first, this many of them capitalised, and at least this share.
    private const int DenseWords = 5;
    private const int DenseNames = 3;
    private const double DenseShare = 0.4;

    // Datelines come at the top: the headline, the dateline, then the story.
    private const int DatelineSentences = 4;
    private const int DatelineReach = 6;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The domain of one document, given as its sentences' tokens.</summary>
    public static NerDomain Detect(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                if (IsPostMarker(token))
                {
                    return NerDomain.Social;
                }

                words += HasLetterOrDigit(token) ? 1 : 0;
            }
        }

        for (var s = 0; s < Math.Min(DatelineSentences, sentences.Count); s++)
        {
            if (IsDateline(sentences[s]))
            {
                return NerDomain.News;
            }
        }

        return words < ShortWords && !WritesNamesDensely(sentences) ? NerDomain.Social : NerDomain.News;
    }

    // Words after the first of their sentence, and how many of them start with a capital but are not all capitals.
    private static bool WritesNamesDensely(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        int words = 0, names = 0;
        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                var token = sentence[i];
                if (token.Length == 0 || !token.All(char.IsLetter))
                {
                    continue;
                }

                words++;
                names += char.IsUpper(token[0]) && token.Any(char.IsLower) ? 1 : 0;
            }
        }

        return words >= DenseWords && names >= DenseNames && names >= DenseShare * words;
    }

    private static bool IsPostMarker(string token)
    {
        if (token.Length > 1 && token[0] is '@' or '#' && char.IsLetterOrDigit(token[1]))
        {
            return true;
        }

        if (string.Equals(token, "i", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var rune in token.EnumerateRunes())
        {
            if (IsEmoji(rune))
            {
                return true;
            }
        }

        return false;
    }

    // Pictographs, emoticons, transport and supplemental symbols; and the dingbats and miscellaneous symbols block.
    private static bool IsEmoji(Rune rune) => rune.Value is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF);

    private static bool HasLetterOrDigit(string token)
    {
        foreach (var ch in token)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return true;
            }
        }

        return false;
    }

    // A place in capitals opening the sentence, then a date within a few tokens.
    private static bool IsDateline(IReadOnlyList<string> sentence)
    {
        if (sentence.Count < 2 || !IsCapitalsWord(sentence[0]))
        {
            return false;
        }

        for (var i = 1; i < Math.Min(sentence.Count, DatelineReach); i++)
        {
            if (IsDate(sentence[i]) || (IsMonth(sentence[i]) && i + 1 < sentence.Count && IsNumber(sentence[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalsWord(string token)
    {
        if (token.Length < 3)
        {
            return false;
        }

        foreach (var ch in token)
        {
            if (!char.IsLetter(ch) || !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    // 1996-08-30 or 30/08/96.
    private static bool IsDate(string token)
    {
        var parts = token.Split(token.Contains('-', StringComparison.Ordinal) ? '-' : '/');
        if (parts.Length != 3 || !parts.All(IsNumber))
        {
            return false;
        }

        return token.Contains('-', StringComparison.Ordinal)
            ? parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
            : parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4;
    }

    private static bool IsNumber(string token) => token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit);

    private static bool IsMonth(string token)
    {
        var word = token.TrimEnd('.');
        foreach (var month in Months)
        {
            if (string.Equals(word, month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
