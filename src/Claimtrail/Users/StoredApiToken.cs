namespace Claimtrail.Users;

/// <summary>An API token as the ledger keeps it: its SHA-256 hash, never the token itself.</summary>
/// <param name="TokenHash">The token's hash (<see cref="ApiTokens.Hash"/>).</param>
/// <param name="UserName">The account it belongs to, as the account's name is stored.</param>
/// <param name="Label">What its owner called it.</param>
/// <param name="Created">When the ledger stored it.</param>
public sealed record StoredApiToken(string TokenHash, string UserName, string Label, DateTimeOffset Created);
