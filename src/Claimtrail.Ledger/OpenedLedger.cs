namespace Claimtrail.Ledger;

/// <summary>A ledger the factory opened, with what opening it found and did.</summary>
/// <param name="Ledger">The open ledger; dispose it when done.</param>
/// <param name="Target">Where it lives.</param>
/// <param name="SchemaVersion">Its schema version (the latest this program knows).</param>
/// <param name="AppliedMigrations">How many migrations opening it applied.</param>
public sealed record OpenedLedger(ILedger Ledger, LedgerTarget Target, int SchemaVersion, int AppliedMigrations);
