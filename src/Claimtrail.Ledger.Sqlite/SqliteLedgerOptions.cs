namespace Claimtrail.Ledger.Sqlite;

/// <summary>How a <see cref="SqliteLedger"/> is opened.</summary>
public sealed record SqliteLedgerOptions
{
    /// <summary>The clock that stamps ingest and claim creation times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Create the file when it does not exist (ingest); false to refuse a missing file (read commands).</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>How long a write waits for another process's write to finish before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
