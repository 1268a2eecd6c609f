using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Watch state of feeds on the ledger's connection (the caller holds the gate).</summary>
internal sealed class FeedCheckpointStore(SqliteConnection connection, CancellationToken cancellationToken)
{
    private const string Columns = "SELECT url, etag, last_modified, failures, retry_at, seen FROM feed_checkpoints";

    public async Task<FeedCheckpoint?> GetAsync(string url)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Columns + " WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task SaveAsync(FeedCheckpoint checkpoint)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_checkpoints (url, etag, last_modified, failures, retry_at, seen)
            VALUES ($url, $etag, $last_modified, $failures, $retry_at, $seen)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                failures = excluded.failures, retry_at = excluded.retry_at, seen = excluded.seen
            """;
        command.Parameters.AddWithValue("$url", checkpoint.Url);
        command.Parameters.AddWithValue("$etag", (object?)checkpoint.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$last_modified", checkpoint.LastModified is { } modified ? SqliteValues.Time(LedgerTime.Stamp(modified)) : DBNull.Value);
        command.Parameters.AddWithValue("$failures", checkpoint.Failures);
        command.Parameters.AddWithValue("$retry_at", checkpoint.RetryAt is { } retry ? SqliteValues.Time(LedgerTime.Stamp(retry)) : DBNull.Value);
        command.Parameters.AddWithValue("$seen", SqliteValues.Json(checkpoint.Seen));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<FeedCheckpoint>> ListAsync()
    {
        var checkpoints = new List<FeedCheckpoint>();
        await using var command = connection.CreateCommand();
        command.CommandText = Columns;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            checkpoints.Add(Read(reader));
        }

        // Ordered here, not by either engine's collation, so both list them alike.
        return [.. checkpoints.OrderBy(c => c.Url, StringComparer.Ordinal)];
    }

    private static FeedCheckpoint Read(SqliteDataReader reader) => new(reader.GetString(0))
    {
        ETag = reader.IsDBNull(1) ? null : reader.GetString(1),
        LastModified = reader.IsDBNull(2) ? null : SqliteValues.ParseTime(reader.GetString(2)),
        Failures = reader.GetInt32(3),
        RetryAt = reader.IsDBNull(4) ? null : SqliteValues.ParseTime(reader.GetString(4)),
        Seen = SqliteValues.FromJson<List<string>>(reader.GetString(5)),
    };
}
