using System.Globalization;
using System.Text;

namespace Claimtrail.Text;

/// <summary>
/// Composes text to Unicode NFC. The runtime's <see cref="string.Normalize(NormalizationForm)"/> does it
/// when it can; in invariant globalization mode (as this project builds) it leaves text as it is, so a
/// table of canonical compositions shipped with the program (built by <c>tools/build-compositions.sh</c>)
/// and the Hangul rule do it instead: a base character followed by combining marks becomes the precomposed
/// character when one exists. Marks in non-canonical order are not reordered first; such text is rare.
/// </summary>
internal static class UnicodeComposition
{
    private const string ResourceName = "Claimtrail.Resources.unicode-compositions.tsv";
    private const int HangulBase = 0xAC00;
    private const int LeadBase = 0x1100;
    private const int VowelBase = 0x1161;
    private const int TrailBase = 0x11A7;
    private const int LeadCount = 19;
    private const int VowelCount = 21;
    private const int TrailCount = 28;

    private static readonly bool PlatformComposes = CanPlatformCompose();
    private static readonly Lazy<(Dictionary<string, string> Map, int Longest)> Table = new(Load);

    public static string ToNfc(string text)
    {
        if (PlatformComposes)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var first = FirstComposable(text);
        return first < 0 ? text : Compose(text, first);
    }

    // Index of the first character that could compose with the one before it, or -1.
    private static int FirstComposable(string text)
    {
        if (text.Length < 2)
        {
            return -1;
        }

        // Nothing below U+0300 composes: runs of such characters, all of most Latin text, are skipped a vector at a
        // time, and runs above it (Cyrillic) are tested a character at a time.
        var i = 1;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAnyInRange('\u0300', char.MaxValue);
            if (next < 0)
            {
                return -1;
            }

            for (i += next; i < text.Length && text[i] >= '\u0300'; i++)
            {
                if (IsMark(text[i]) || IsHangulJamo(text[i]))
                {
                    return i - 1;
                }
            }
        }
    }

    private static string Compose(string text, int start)
    {
        var (map, longest) = Table.Value;
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, start);
        var i = start;
        while (i < text.Length)
        {
            if (TryHangul(text, i, builder, out var used))
            {
                i += used;
                continue;
            }

            // Longest base + marks sequence with a precomposed form.
            var matched = false;
            for (var length = Math.Min(longest, text.Length - i); length >= 2; length--)
            {
                if (lookup.TryGetValue(text.AsSpan(i, length), out var composed))
                {
                    builder.Append(composed);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryHangul(string text, int i, StringBuilder builder, out int used)
    {
        used = 0;
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var lead = text[i] - LeadBase;
        var vowel = text[i + 1] - VowelBase;
        if (lead is < 0 or >= LeadCount || vowel is < 0 or >= VowelCount)
        {
            return false;
        }

        var trail = i + 2 < text.Length ? text[i + 2] - TrailBase : 0;
        var hasTrail = trail is > 0 and < TrailCount;
        builder.Append((char)(HangulBase + (((lead * VowelCount) + vowel) * TrailCount) + (hasTrail ? trail : 0)));
        used = hasTrail ? 3 : 2;
        return true;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHangulJamo(char c) => c is >= '\u1161' and <= '\u11C2';

    private static bool CanPlatformCompose()
    {
        try
        {
            return string.Equals("e\u0301".Normalize(NormalizationForm.FormC), "\u00E9", StringComparison.Ordinal);
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static (Dictionary<string, string> Map, int Longest) Load()
    {
        using var stream = typeof(UnicodeComposition).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The composition table {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var longest = 0;
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            var decomposed = FromHex(line.AsSpan(0, tab));
            map[decomposed] = FromHex(line.AsSpan(tab + 1));
            longest = Math.Max(longest, decomposed.Length);
        }

        return (map, longest);
    }

    private static string FromHex(ReadOnlySpan<char> codePoints)
    {
        var builder = new StringBuilder(4);
        foreach (var range in codePoints.Split(' '))
        {
            builder.Append(char.ConvertFromUtf32(int.Parse(codePoints[range], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }
}
