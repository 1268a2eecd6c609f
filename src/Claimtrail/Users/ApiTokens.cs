using System.Security.Cryptography;
using System.Text;

namespace Claimtrail.Users;

/// <summary>
/// API tokens for scripts: 32 random bytes shown once; the ledger keeps only their SHA-256 (a token has too much
/// entropy to guess, so a fast hash is enough, and lookup by hash needs no salt).
/// </summary>
public static class ApiTokens
{
    /// <summary>What every token starts with, so a leaked one is recognisable.</summary>
    public const string Prefix = "ct_";

    /// <summary>A new random token.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The hash the ledger stores and looks tokens up by.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
