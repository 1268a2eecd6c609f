namespace Claimtrail.Ledger.Postgres;

/// <summary>How a <see cref="PostgresLedger"/> is opened.</summary>
public sealed record PostgresLedgerOptions
{
    /// <summary>The clock that stamps ingest and claim creation times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Create the ledger's tables in a database without them (ingest, migrate); false to refuse such a database (read commands).</summary>
    public bool CreateIfMissing { get; init; } = true;
}
