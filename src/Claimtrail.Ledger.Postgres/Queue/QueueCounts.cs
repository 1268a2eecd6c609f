namespace Claimtrail.Ledger.Postgres.Queue;

/// <summary>The state of the work queue.</summary>
/// <param name="Pending">Items not done that may still be taken (leased now or not).</param>
/// <param name="Leased">Of those, items under a lease that has not run out.</param>
/// <param name="Done">Items done (stored, duplicate or failed).</param>
/// <param name="Abandoned">Items not done that reached the attempt limit and are taken no more.</param>
public sealed record QueueCounts(int Pending, int Leased, int Done, int Abandoned);
