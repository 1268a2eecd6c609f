using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Claimtrail.Pipeline;

/// <summary>Content-derived identities: the same input always gets the same id.</summary>
public static class ContentId
{
    private const string ReportPrefix = "sha256:";
    private const int StackBytes = 1024;

    /// <summary>A report's id: <c>sha256:</c> and the hex SHA-256 of its normalised text in UTF-8.</summary>
    public static string ForReport(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(normalisedText, hash);

        // Every report of a bulk load gets one: written in place, without the hash array, the hex string and the concatenation.
        Span<char> id = stackalloc char[ReportPrefix.Length + (2 * SHA256.HashSizeInBytes)];
        ReportPrefix.CopyTo(id);
        Convert.TryToHexStringLower(hash, id[ReportPrefix.Length..], out _);
        return new string(id);
    }

    /// <summary>A mention's id: short hash of the report id, the content span and the cue offset.</summary>
    public static string ForMention(string reportId, int start, int end, int cueStart) =>
        "m-" + HexPrefix(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{reportId}|{start}|{end}|{cueStart}"));

    /// <summary>A claim's id: short hash of its matching key.</summary>
    public static string ForClaim(string key) => "c-" + HexPrefix(key);

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static string Hex(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(value, hash);
        return Convert.ToHexStringLower(hash);
    }

    // The first 16 hex digits of Hex(value), without the 64-digit string: every mention of every report gets an id.
    private static string HexPrefix(string value)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(value, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    // SHA-256 of the UTF-8 bytes of value (a lone surrogate as U+FFFD, as Encoding.UTF8.GetBytes writes it), encoded on
    // the stack or in a pooled buffer rather than a new array per text.
    private static void Hash(string value, Span<byte> hash)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var utf8 = most <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(most));
        var length = Encoding.UTF8.GetBytes(value, utf8);
        SHA256.HashData(utf8[..length], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
