namespace Claimtrail.Evaluation;

/// <summary>Converts code-point offsets (as data sets give them) into UTF-16 offsets into a .NET string.</summary>
internal sealed class CodePointOffsets
{
    // Null when the text has no surrogate pairs: the two kinds of offset are then equal.
    private readonly int[]? _utf16;

    private CodePointOffsets(int length, int[]? utf16)
    {
        Length = length;
        _utf16 = utf16;
    }

    /// <summary>Length of the text in code points.</summary>
    public int Length { get; }

    /// <summary>The converter for <paramref name="text"/>.</summary>
    public static CodePointOffsets For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        if (pairs == 0)
        {
            return new CodePointOffsets(text.Length, null);
        }

        var map = new int[text.Length - pairs + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            map[codePoint++] = i;
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                i++;
            }
        }

        map[codePoint] = text.Length;
        return new CodePointOffsets(codePoint, map);
    }

    /// <summary>The UTF-16 offset of code point <paramref name="offset"/> (0 ≤ offset ≤ <see cref="Length"/>).</summary>
    public int ToUtf16(int offset) => _utf16 is null ? offset : _utf16[offset];
}
