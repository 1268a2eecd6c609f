using Claimtrail.Text;

namespace Claimtrail.Matching;

/// <summary>
/// The lexical make-up of one text, computed once so that a text compared with many others is
/// tokenised once: its content words, word-bigram shingles, numbers and names.
/// </summary>
public sealed class TextProfile
{
    private TextProfile(HashSet<string> contentWords, HashSet<string> shingles, HashSet<string> numbers, HashSet<string> names)
    {
        ContentWords = contentWords;
        Shingles = shingles;
        Numbers = numbers;
        Names = names;
    }

    /// <summary>Lower-cased words other than function words.</summary>
    public IReadOnlySet<string> ContentWords { get; }

    /// <summary>Lower-cased word bigrams ("air defence", "defence system"), function words included.</summary>
    public IReadOnlySet<string> Shingles { get; }

    /// <summary>Numbers with their thousands separators removed ("1,750" → "1750").</summary>
    public IReadOnlySet<string> Numbers { get; }

    /// <summary>Lower-cased capitalised words that do not open a sentence: a cheap stand-in for names.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Profiles <paramref name="text"/>.</summary>
    public static TextProfile Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var contentWords = new HashSet<string>(StringComparer.Ordinal);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? previousWord = null;
        var sentenceStart = true;
        foreach (var token in tokens)
        {
            var span = token.In(text);
            switch (token.Kind)
            {
                case TokenKind.Number:
                    numbers.Add(span.ToString().Replace(",", string.Empty, StringComparison.Ordinal));
                    previousWord = Shingle(shingles, previousWord, span.ToString());
                    sentenceStart = false;
                    break;
                case TokenKind.Word:
                    var word = span.ToString().ToLowerInvariant();
                    if (!FunctionWords.Contains(word))
                    {
                        contentWords.Add(word);

                        // "I" and other capitalised function words name no one.
                        if (!sentenceStart && char.IsUpper(span[0]))
                        {
                            names.Add(word);
                        }
                    }

                    previousWord = Shingle(shingles, previousWord, word);
                    sentenceStart = false;
                    break;
                case TokenKind.Punctuation:
                    // A shingle never spans a sentence or clause break.
                    if (span[0] is '.' or '!' or '?' or ':' or ';' or '"' or '“' or '”' or '—')
                    {
                        sentenceStart = span[0] is '.' or '!' or '?' or ':' or '"' or '“' or '—';
                        previousWord = null;
                    }

                    break;
                default:
                    break;
            }
        }

        return new TextProfile(contentWords, shingles, numbers, names);
    }

    private static string Shingle(HashSet<string> shingles, string? previous, string current)
    {
        if (previous is not null)
        {
            shingles.Add(previous + " " + current);
        }

        return current;
    }
}
