using System.Security.Cryptography;
using System.Text;

namespace Claimtrail.Pipeline;

/// <summary>Content-derived identities: the same input always gets the same id.</summary>
public static class ContentId
{
    /// <summary>A report's id: <c>sha256:</c> and the hex SHA-256 of its normalised text in UTF-8.</summary>
    public static string ForReport(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        return "sha256:" + Hex(normalisedText);
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
        var bytes = Encoding.UTF8.GetBytes(value);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    // The first 16 hex digits of Hex(value), without the 64-digit string and the hash array: every mention of every
    // report gets an id.
    private static string HexPrefix(string value)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
