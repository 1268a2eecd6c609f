using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>One stored report as an export carries it: enough to rebuild the ledger's content on any engine.</summary>
/// <param name="Report">The report with its text and mentions (sources spelt as the ledger files them); flags and entity summaries are not stored.</param>
/// <param name="IngestedAt">When the ledger stored it; the claims it first stated were first seen then.</param>
/// <param name="Claims">
/// Every claim one of its mentions states, in the ledger's claim order, each with its current text and status and
/// with only this report's mentions.
/// </param>
public sealed record LedgerEntry(Report Report, DateTimeOffset IngestedAt, IReadOnlyList<Claim> Claims);
