using System.Globalization;
using Npgsql;

namespace Claimtrail.Ledger.Postgres.Migrations;

/// <summary>Brings a database to the latest schema version, in one transaction, or refuses a newer one.</summary>
internal static class Migrator
{
    /// <summary>
    /// The advisory lock every claimtrail process takes while it checks or changes the schema ("Claimtrl"):
    /// two processes opening one new database at once must not both try to create it.
    /// </summary>
    public const long LockKey = 0x436C61696D74726C;

    /// <summary>
    /// Applies every migration above the database's version and returns the versions before and after. With
    /// <paramref name="create"/> false a database without a ledger is refused rather than given one.
    /// </summary>
    public static async Task<(int From, int To)> MigrateAsync(NpgsqlConnection connection, TimeProvider clock, bool create, string target, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Transaction-scoped: released at commit or rollback, and by the server if this process dies.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(" + LockKey.ToString(CultureInfo.InvariantCulture) + ")", cancellationToken).ConfigureAwait(false);

        var exists = await ScalarAsync(connection, transaction, "SELECT to_regclass('schema_version') IS NOT NULL", cancellationToken).ConfigureAwait(false) is true;
        if (!exists && !create)
        {
            throw new LedgerException($"{target}: no ledger in this database (create one with 'claimtrail db migrate' or 'claimtrail ingest')");
        }

        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", cancellationToken).ConfigureAwait(false);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (current > MigrationSet.Latest)
        {
            throw new LedgerException(
                $"{target}: the ledger has schema version {current}, newer than this program's {MigrationSet.Latest}; use a newer claimtrail.");
        }

        foreach (var migration in MigrationSet.All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("at", clock.GetUtcNow().ToUniversalTime());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (current, MigrationSet.Latest);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
