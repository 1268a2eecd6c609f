using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Watch state of feeds on one pooled connection.</summary>
internal sealed class FeedCheckpointStore(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    private const string Columns = "SELECT url, etag, last_modified, failures, retry_at, seen::text FROM feed_checkpoints";

    public async Task<FeedCheckpoint?> GetAsync(string url)
    {
        await using var command = new NpgsqlCommand(Columns + " WHERE url = @url", connection);
        command.Parameters.AddWithValue("url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task SaveAsync(FeedCheckpoint checkpoint)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO feed_checkpoints (url, etag, last_modified, failures, retry_at, seen)
            VALUES (@url, @etag, @last_modified, @failures, @retry_at, @seen::jsonb)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                failures = excluded.failures, retry_at = excluded.retry_at, seen = excluded.seen
            """,
            connection);
        command.Parameters.AddWithValue("url", checkpoint.Url);
        command.Parameters.Add(new NpgsqlParameter("etag", NpgsqlDbType.Text) { Value = (object?)checkpoint.ETag ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("last_modified", NpgsqlDbType.TimestampTz) { Value = checkpoint.LastModified is { } modified ? PostgresValues.Utc(LedgerTime.Stamp(modified)) : DBNull.Value });
        command.Parameters.AddWithValue("failures", checkpoint.Failures);
        command.Parameters.Add(new NpgsqlParameter("retry_at", NpgsqlDbType.TimestampTz) { Value = checkpoint.RetryAt is { } retry ? PostgresValues.Utc(LedgerTime.Stamp(retry)) : DBNull.Value });
        command.Parameters.AddWithValue("seen", PostgresValues.Json(checkpoint.Seen));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<FeedCheckpoint>> ListAsync()
    {
        var checkpoints = new List<FeedCheckpoint>();
        await using var command = new NpgsqlCommand(Columns, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            checkpoints.Add(Read(reader));
        }

        // Ordered here, not by either engine's collation, so both list them alike.
        return [.. checkpoints.OrderBy(c => c.Url, StringComparer.Ordinal)];
    }

    private static FeedCheckpoint Read(NpgsqlDataReader reader) => new(reader.GetString(0))
    {
        ETag = reader.IsDBNull(1) ? null : reader.GetString(1),
        LastModified = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
        Failures = reader.GetInt32(3),
        RetryAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
        Seen = PostgresValues.FromJson<List<string>>(reader.GetString(5)),
    };
}
