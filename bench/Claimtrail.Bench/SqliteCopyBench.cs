using System.Diagnostics;
using System.Globalization;
using Claimtrail.Ledger.Sqlite;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Bench;

/// <summary>
/// <c>sqlite-copy LEDGER [--first N] [--max N]</c>: SQLite's own share of a bulk ingest. Copies the reports (with
/// their sources and post media) of a ledger that <c>claimtrail ingest --no-extract</c> filled into a new, empty
/// ledger, in ingest order and in the ingest's batches (one transaction each, the first of <c>--first</c> reports and
/// each next twice as large up to <c>--max</c>, as <c>IngestBatch</c> does), with the ledger's settings and indexes.
/// No JSON, no normalising, no .NET objects per row: what is left is the engine's work, the floor of any ingest into
/// this schema.
/// </summary>
internal static class SqliteCopyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["sqlite-copy", var source, .. var rest])
        {
            Console.Error.WriteLine("usage: Claimtrail.Bench sqlite-copy LEDGER [--first N] [--max N]");
            return 2;
        }

        var first = TelegramBench.Int(rest, "--first", 2000);
        var max = TelegramBench.Int(rest, "--max", 40_000);
        var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!, "sqlite-copy-" + Environment.ProcessId + ".db");
        try
        {
            // The schema as the ledger makes it: same tables, indexes and triggers.
            await (await SqliteLedger.OpenAsync(target)).DisposeAsync();
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, ForeignKeys = true, Pooling = false }.ToString());
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536");
            await ExecuteAsync(connection, "ATTACH DATABASE $source AS ingested", ("$source", Path.GetFullPath(source)));
            var total = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM ingested.reports"), CultureInfo.InvariantCulture);

            var timer = Stopwatch.StartNew();
            await ExecuteAsync(connection, "INSERT INTO sources SELECT * FROM ingested.sources");
            long done = 0;
            var batches = 0;
            for (var size = first; done < total; size = Math.Min(max, 2 * size))
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                await ExecuteAsync(
                    connection,
                    """
                    INSERT INTO reports SELECT * FROM ingested.reports WHERE seq > $from AND seq <= $to ORDER BY seq;
                    INSERT INTO report_media SELECT m.* FROM ingested.report_media m JOIN ingested.reports r ON r.id = m.report_id
                     WHERE r.seq > $from AND r.seq <= $to ORDER BY r.seq, m.position;
                    """,
                    ("$from", done),
                    ("$to", done + size));
                await transaction.CommitAsync();
                done += size;
                batches++;
            }

            var seconds = timer.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sqlite-copy {source}: {total} reports in {batches} transactions in {seconds:F2} s: {total / seconds:F0} reports/s"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { target, target + "-wal", target + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
