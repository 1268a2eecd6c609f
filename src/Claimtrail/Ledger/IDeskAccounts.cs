using Claimtrail.Users;

namespace Claimtrail.Ledger;

/// <summary>The desk's accounts and the hashes of their API tokens. A role of <see cref="ILedger"/>.</summary>
public interface IDeskAccounts
{
    /// <summary>Adds an account; false (and nothing changed) when one with that name, case aside, exists.</summary>
    Task<bool> AddUserAsync(DeskUser user, CancellationToken cancellationToken = default);

    /// <summary>The account with that name, case aside; null when there is none.</summary>
    Task<DeskUser?> GetUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Stores the hash of a new API token for an existing account.</summary>
    Task AddApiTokenAsync(string userName, string tokenHash, string label, CancellationToken cancellationToken = default);

    /// <summary>The account an API token (given by its hash) belongs to; null when the token is unknown.</summary>
    Task<DeskUser?> FindApiTokenUserAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Every account, oldest first (ties by name, ordinal), for an export.</summary>
    IAsyncEnumerable<DeskUser> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every API token's hash with its account, oldest first (ties by hash, ordinal), for an export.</summary>
    IAsyncEnumerable<StoredApiToken> ListApiTokensAsync(CancellationToken cancellationToken = default);
}
