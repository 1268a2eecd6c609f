namespace Claimtrail.Ledger.Postgres.Queue;

/// <summary>A leased document to analyse and store.</summary>
/// <param name="Id">The item's id in the queue.</param>
/// <param name="Source">The path or URL the document was read from.</param>
/// <param name="Content">The document's text.</param>
/// <param name="Attempts">How many leases it has had, this one included.</param>
public sealed record WorkItem(long Id, string Source, string Content, int Attempts);
