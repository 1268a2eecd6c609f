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
        "m-" + Hex(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{reportId}|{start}|{end}|{cueStart}"))[..16];

    /// <summary>A claim's id: short hash of its matching key.</summary>
    public static string ForClaim(string key) => "c-" + Hex(key)[..16];

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static string Hex(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
