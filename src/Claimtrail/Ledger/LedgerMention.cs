using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>A stored mention and the report it is in.</summary>
/// <param name="ReportId">The id of the report.</param>
/// <param name="Mention">The mention as the pipeline produced it; sources carry the ledger's spelling of their names.</param>
public sealed record LedgerMention(string ReportId, Mention Mention);
