using System.Globalization;
using System.Numerics;

namespace Claimtrail.Fingerprints;

/// <summary>
/// A 256-bit perceptual hash of an image or video frame (<see cref="Bits"/> bits, as PDQ has): images that look
/// alike have hashes a small Hamming distance apart, whatever their bytes.
/// </summary>
/// <param name="W0">Bits 0–63.</param>
/// <param name="W1">Bits 64–127.</param>
/// <param name="W2">Bits 128–191.</param>
/// <param name="W3">Bits 192–255.</param>
public readonly record struct PerceptualHash(ulong W0, ulong W1, ulong W2, ulong W3)
{
    /// <summary>The number of bits in a hash.</summary>
    public const int Bits = 256;

    /// <summary>The number of bits that differ between this hash and <paramref name="other"/> (0 to 256).</summary>
    public int Distance(PerceptualHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1)
        + BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    /// <summary>A hash from 256 bits, bit <c>i</c> set when <c>bits[i]</c> is true.</summary>
    public static PerceptualHash FromBits(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != Bits)
        {
            throw new ArgumentException($"a perceptual hash has {Bits} bits, not {bits.Length}", nameof(bits));
        }

        Span<ulong> words = stackalloc ulong[4];
        for (var i = 0; i < Bits; i++)
        {
            if (bits[i])
            {
                words[i >> 6] |= 1UL << (i & 63);
            }
        }

        return new PerceptualHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>64 lower-case hex digits, most significant word first: the stored and printed form.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{W3:x16}{W2:x16}{W1:x16}{W0:x16}");

    /// <summary>Reads the form <see cref="ToString"/> writes.</summary>
    public static PerceptualHash Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return TryParse(hex, out var hash) ? hash : throw new FormatException($"not a perceptual hash (64 hex digits): '{hex}'");
    }

    /// <summary>Reads the form <see cref="ToString"/> writes; false when <paramref name="hex"/> is not 64 hex digits.</summary>
    public static bool TryParse(string? hex, out PerceptualHash hash)
    {
        hash = default;
        if (hex is null || hex.Length != 64)
        {
            return false;
        }

        var span = hex.AsSpan();
        if (!ulong.TryParse(span[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w3)
            || !ulong.TryParse(span[16..32], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w2)
            || !ulong.TryParse(span[32..48], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w1)
            || !ulong.TryParse(span[48..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w0))
        {
            return false;
        }

        hash = new PerceptualHash(w0, w1, w2, w3);
        return true;
    }
}
