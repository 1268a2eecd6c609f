using System.Globalization;
using System.Text;

namespace Claimtrail.Text;

/// <summary>
/// Normalises extracted prose into the text that spans point into: Unicode NFC; line ends as LF;
/// control, format and zero-width characters removed (tabs become spaces); every kind of space a plain
/// space, runs of spaces collapsed; each line trimmed; at most one blank line between paragraphs;
/// words that lost the space between them split again (see <see cref="GluedWordRepair"/>).
/// Curly quotes, dashes and other punctuation are kept as they are. Thread-safe.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    private readonly GluedWordRepair _repair;

    /// <summary>Creates a normaliser that repairs glued words against <paramref name="lexicon"/>.</summary>
    public TextNormalizer(WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _repair = new GluedWordRepair(lexicon);
    }

    /// <inheritdoc />
    public string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return _repair.Repair(UnicodeComposition.ToNfc(CleanWhitespace(raw)));
    }

    /// <summary>The whitespace and control-character part of <see cref="Normalize"/>, without glued-word repair.</summary>
    public static string CleanWhitespace(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (IsClean(raw))
        {
            // Most posts: nothing to change, so no copy.
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        var pendingNewlines = 0;
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (Classify(c))
            {
                case WhitespaceClass.Newline:
                    // CR LF is one line end.
                    if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    pendingNewlines++;
                    pendingSpace = false;
                    continue;
                case WhitespaceClass.Paragraph:
                    pendingNewlines += 2;
                    pendingSpace = false;
                    continue;
                case WhitespaceClass.Space:
                    pendingSpace = true;
                    continue;
                case WhitespaceClass.Drop:
                    continue;
                default:
                    break;
            }

            if (builder.Length > 0)
            {
                if (pendingNewlines > 0)
                {
                    builder.Append(pendingNewlines >= 2 ? "\n\n" : "\n");
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }
            }

            pendingNewlines = 0;
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    // True when CleanWhitespace would give raw back unchanged: nothing it drops, no whitespace at either end, and
    // between kept characters only one space, one line feed or two line feeds.
    private static bool IsClean(string raw)
    {
        // Printable ASCII, where a space is the only whitespace: checked a vector at a time.
        var text = raw.AsSpan();
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            return text.IsEmpty || (text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal));
        }

        var afterKept = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (Classify(c) == WhitespaceClass.Keep)
            {
                afterKept = true;
                continue;
            }

            if (!afterKept)
            {
                return false;
            }

            if (c == '\n' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                i++;
            }
            else if (c is not (' ' or '\n'))
            {
                return false;
            }

            afterKept = false;
        }

        return afterKept || raw.Length == 0;
    }

    private static WhitespaceClass Classify(char c)
    {
        // Printable ASCII, most of any text, is kept without the category lookup.
        if (c > ' ' && c < '\u007f')
        {
            return WhitespaceClass.Keep;
        }

        if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028')
        {
            return WhitespaceClass.Newline;
        }

        if (c == '\u2029')
        {
            return WhitespaceClass.Paragraph;
        }

        if (c is ' ' or '\t')
        {
            return WhitespaceClass.Space;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            // No-break, thin, ideographic and the other spaces.
            UnicodeCategory.SpaceSeparator => WhitespaceClass.Space,
            // Zero-width spaces and joiners, soft hyphens, BOMs, direction marks: invisible, and they break words apart.
            UnicodeCategory.Control or UnicodeCategory.Format => WhitespaceClass.Drop,
            _ => WhitespaceClass.Keep,
        };
    }
}
