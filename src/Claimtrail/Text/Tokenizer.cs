using System.Globalization;

namespace Claimtrail.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens held as offsets. Allocation-free apart from
/// the result list; one pass over the characters.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/> into a new list.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c) || char.IsDigit(c))
            {
                var start = i;
                var allDigits = true;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || IsCombining(d))
                    {
                        allDigits &= char.IsDigit(d);
                        i++;
                        continue;
                    }

                    // Inner joiners stay inside the token when a letter or digit follows:
                    // "Pantsir-S1", "don't", "U.S.", "1,750", "3.5".
                    if (i + 1 < text.Length && IsInnerJoiner(d) && char.IsLetterOrDigit(text[i + 1]))
                    {
                        var numeric = char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
                        if (d is ',' && !numeric)
                        {
                            break;
                        }

                        if (d is '.' && !numeric && !IsAbbreviationDot(text, start, i))
                        {
                            break;
                        }

                        i += 2;
                        allDigits &= numeric;
                        continue;
                    }

                    break;
                }

                // Keep the closing dot of an abbreviation with inner dots ("U.S.").
                if (i < text.Length && text[i] == '.' && text[start..i].Contains('.') && !allDigits)
                {
                    i++;
                }

                tokens.Add(new Token(start, i, allDigits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Symbol));
                i += 2;
                continue;
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(i, i + 1, kind));
            i++;
        }
    }

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '\u2019' or '.' or ',' or '_' or '\u2011';

    private static bool IsCombining(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // "U.S" or "e.g": single letters separated by dots.
    private static bool IsAbbreviationDot(ReadOnlySpan<char> text, int start, int dot) =>
        dot - start == 1 || (dot >= 2 && text[dot - 2] == '.');
}
