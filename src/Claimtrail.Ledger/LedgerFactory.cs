using Claimtrail.Ledger.Postgres;
using Claimtrail.Ledger.Sqlite;

namespace Claimtrail.Ledger;

/// <summary>Opens a ledger on the engine its <see cref="LedgerTarget"/> names; the one place that knows both engines.</summary>
public static class LedgerFactory
{
    /// <summary>
    /// Opens the ledger and brings its schema up to date, or refuses one written by a newer program. With
    /// <paramref name="create"/> false a missing ledger (no file, or a database without the tables) is an error.
    /// </summary>
    /// <exception cref="LedgerException">The ledger cannot be opened; the message names the target (never a password).</exception>
    public static async Task<OpenedLedger> OpenAsync(LedgerTarget target, bool create, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        clock ??= TimeProvider.System;
        switch (target.Engine)
        {
            case LedgerEngine.Postgres:
                var postgres = await PostgresLedger.OpenAsync(target.Value, new PostgresLedgerOptions { Clock = clock, CreateIfMissing = create }, cancellationToken).ConfigureAwait(false);
                return new OpenedLedger(postgres, target, postgres.SchemaVersion, postgres.AppliedMigrations);
            default:
                var sqlite = await SqliteLedger.OpenAsync(target.Value, new SqliteLedgerOptions { Clock = clock, CreateIfMissing = create }, cancellationToken).ConfigureAwait(false);
                return new OpenedLedger(sqlite, target, sqlite.SchemaVersion, sqlite.AppliedMigrations);
        }
    }
}
