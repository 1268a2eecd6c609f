using Claimtrail.Ledger;
using Claimtrail.Users;
using Microsoft.AspNetCore.Identity;

namespace Claimtrail.Web.Services;

/// <summary>Creates accounts and checks passwords with ASP.NET Core's password hasher (PBKDF2, salted, versioned).</summary>
public sealed class Accounts(IDeskAccounts ledger, TimeProvider clock)
{
    public const int MinPasswordLength = 10;

    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Adds an account; false when the name is taken.</summary>
    public Task<bool> AddAsync(string name, DeskRole role, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"A password needs at least {MinPasswordLength} characters.", nameof(password));
        }

        return ledger.AddUserAsync(new DeskUser(name.Trim(), role, Hasher.HashPassword(name.Trim(), password), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The account when the password is right; null otherwise (unknown name or wrong password alike).</summary>
    public async Task<DeskUser?> CheckAsync(string name, string password, CancellationToken cancellationToken)
    {
        var user = await ledger.GetUserAsync(name.Trim(), cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            // Hash anyway so an unknown name takes as long as a wrong password.
            Hasher.HashPassword(name, password);
            return null;
        }

        return Hasher.VerifyHashedPassword(user.Name, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Makes an API token for an account and returns it; only its hash is stored.</summary>
    public async Task<string> CreateTokenAsync(string name, string label, CancellationToken cancellationToken)
    {
        var user = await ledger.GetUserAsync(name, cancellationToken).ConfigureAwait(false) ?? throw new ArgumentException($"No account named {name}.", nameof(name));
        var token = ApiTokens.Create();
        await ledger.AddApiTokenAsync(user.Name, ApiTokens.Hash(token), label, cancellationToken).ConfigureAwait(false);
        return token;
    }
}
