using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Claimtrail.Errors;

namespace Claimtrail.Input;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without a byte-order mark) or UTF-16 / UTF-32 with one,
/// decoded strictly; binary files are refused by a look at the first block.
/// </summary>
internal static class TextDecoding
{
    /// <summary>How much of the start is inspected for signs of a binary file.</summary>
    public const int SniffBytes = 8192;

    // Text has almost no control characters other than line ends and tabs; binary formats have many.
    private const double MaxControlShare = 0.10;

    private static readonly SearchValues<byte> TextControls = SearchValues.Create("\t\n\f\r\u001b"u8);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InputException"/> naming <paramref name="source"/>.</summary>
    public static string Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputException(source, "empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeStrict(source, bytes, 4, new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(source, bytes, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(source, bytes, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16");
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        CheckNotBinary(source, bytes[bom..]);
        return DecodeUtf8(source, bytes, bom);
    }

    private static void CheckNotBinary(string source, ReadOnlySpan<byte> bytes)
    {
        var block = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (block.Contains((byte)0))
        {
            throw new InputException(source, "binary file (NUL bytes in the first 8 KB; UTF-16 text needs a byte-order mark)");
        }

        var controls = 0;
        foreach (var b in block)
        {
            if ((b < 0x20 || b == 0x7F) && !TextControls.Contains(b))
            {
                controls++;
            }
        }

        if (controls > block.Length * MaxControlShare)
        {
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"binary file ({controls * 100 / block.Length}% control characters in the first 8 KB)"));
        }
    }

    private static string DecodeUtf8(string source, ReadOnlySpan<byte> bytes, int bom)
    {
        var input = bytes[bom..];
        var chars = new char[input.Length];
        var status = Utf8.ToUtf16(input, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            var offset = bom + read;
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset} (0x{bytes[offset]:X2})"));
        }

        return new string(chars, 0, written);
    }

    private static string DecodeStrict(string source, ReadOnlySpan<byte> bytes, int bom, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = bom + Math.Max(ex.Index, 0);
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"invalid {name} at byte offset {offset}"), innerException: ex);
        }

        CheckNotBinary(source, text);
        return text;
    }

    private static void CheckNotBinary(string source, string text)
    {
        var block = text.AsSpan(0, Math.Min(text.Length, SniffBytes / 2));
        var controls = 0;
        foreach (var c in block)
        {
            if (c == '\0')
            {
                throw new InputException(source, "binary file (NUL characters in the first 8 KB)");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\f' or '\r' or '\u001b'))
            {
                controls++;
            }
        }

        if (controls > block.Length * MaxControlShare)
        {
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture, $"binary file ({controls * 100 / block.Length}% control characters in the first 8 KB)"));
        }
    }
}
