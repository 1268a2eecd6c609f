namespace Claimtrail.Ledger;

/// <summary>The size of a ledger.</summary>
/// <param name="Reports">Stored reports.</param>
/// <param name="Sources">Distinct sources (speakers and relays).</param>
/// <param name="Mentions">Stored mentions.</param>
/// <param name="Claims">Distinct claims.</param>
public sealed record LedgerCounts(int Reports, int Sources, int Mentions, int Claims);
