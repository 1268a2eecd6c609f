using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite.Migrations;

/// <summary>Brings a database to the latest schema version, in one transaction, or refuses a newer one.</summary>
internal static class Migrator
{
    /// <summary>Applies every migration above the database's version; returns the versions before and after.</summary>
    public static async Task<(int From, int To)> MigrateAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        // IMMEDIATE: two processes opening one new file at once must not both try to create the schema.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
            current = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        if (current > MigrationSet.Latest)
        {
            throw new LedgerException(
                $"{connection.DataSource}: the ledger has schema version {current}, newer than this program's {MigrationSet.Latest}; use a newer claimtrail.");
        }

        foreach (var migration in MigrationSet.All.Where(m => m.Version > current))
        {
            await using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = migration.Sql;
            await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", SqliteValues.Time(clock.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (current, MigrationSet.Latest);
    }
}
