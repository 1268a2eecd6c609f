using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres.Queue;

/// <summary>
/// The queue of documents that <c>claimtrail worker</c> processes share through the database. Taking work never
/// waits for another worker (<c>FOR UPDATE SKIP LOCKED</c>); an item is leased for a while, and a worker that
/// dies loses its leases when they run out, so others take its items over.
/// </summary>
public sealed class Workload
{
    /// <summary>Leases an item may have; one that fails this often is left for a person to look at.</summary>
    public const int MaxAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _target;

    internal Workload(NpgsqlDataSource dataSource, string target)
    {
        _dataSource = dataSource;
        _target = target;
    }

    /// <summary>Adds documents with binary COPY, in one transaction; returns how many.</summary>
    public async Task<int> EnqueueAsync(IEnumerable<(string Source, string Content)> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return await RunAsync("enqueue", async connection =>
        {
            var count = 0;
            var importer = await connection.BeginBinaryImportAsync("COPY work_items (source, content) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            await using (importer.ConfigureAwait(false))
            {
                foreach (var (source, content) in documents)
                {
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(content, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    count++;
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            return count;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Leases up to <paramref name="count"/> items no one holds (never leased, or whose lease ran out) to
    /// <paramref name="worker"/> for <paramref name="lease"/>, oldest first; empty when there are none now.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> LeaseAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return await RunAsync("lease work", async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                UPDATE work_items w
                   SET leased_by = @worker, lease_until = clock_timestamp() + @lease, attempts = w.attempts + 1
                 WHERE w.id IN (SELECT id FROM work_items
                                 WHERE done_at IS NULL AND attempts < @max
                                   AND (lease_until IS NULL OR lease_until < clock_timestamp())
                                 ORDER BY id LIMIT @count
                                   FOR UPDATE SKIP LOCKED)
                RETURNING w.id, w.source, w.content, w.attempts
                """,
                connection);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("lease", lease);
            command.Parameters.AddWithValue("max", MaxAttempts);
            command.Parameters.AddWithValue("count", count);
            var items = new List<WorkItem>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new WorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }

            return (IReadOnlyList<WorkItem>)[.. items.OrderBy(i => i.Id)];
        }).ConfigureAwait(false);
    }

    /// <summary>Marks an item done; false when <paramref name="worker"/> no longer held it (its lease ran out and another took it).</summary>
    public async Task<bool> CompleteAsync(long id, string worker, WorkOutcome outcome, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        return await RunAsync("complete work", async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                UPDATE work_items SET done_at = clock_timestamp(), outcome = @outcome, error = @error, lease_until = NULL
                 WHERE id = @id AND leased_by = @worker AND done_at IS NULL
                """,
                connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("outcome", PostgresValues.Name(outcome));
            command.Parameters.Add(new NpgsqlParameter("error", NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Extends to <paramref name="lease"/> from now the leases <paramref name="worker"/> still holds on
    /// <paramref name="ids"/> (items not done and not taken over), so a slow item is not handed to another worker;
    /// returns the ids still held.
    /// </summary>
    public async Task<IReadOnlyList<long>> RenewAsync(string worker, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        return await RunAsync("renew leases", async connection =>
        {
            // Only a lease still running is extended: one that ran out may already be another worker's to take.
            await using var command = new NpgsqlCommand(
                """
                UPDATE work_items SET lease_until = clock_timestamp() + @lease
                 WHERE id = ANY (@ids) AND leased_by = @worker AND done_at IS NULL AND lease_until >= clock_timestamp()
                RETURNING id
                """,
                connection);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("lease", lease);
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
            var held = new List<long>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                held.Add(reader.GetInt64(0));
            }

            return (IReadOnlyList<long>)held;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks many items done in one statement, each with its outcome; returns the ids completed. An item
    /// <paramref name="worker"/> no longer held (its lease ran out and another took it) is left to its new holder.
    /// </summary>
    public async Task<IReadOnlySet<long>> CompleteAllAsync(string worker, IReadOnlyList<(long Id, WorkOutcome Outcome, string? Error)> items, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new HashSet<long>();
        }

        return await RunAsync("complete work", async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                UPDATE work_items w SET done_at = clock_timestamp(), outcome = u.outcome, error = u.error, lease_until = NULL
                  FROM unnest(@ids, @outcomes, @errors) AS u (id, outcome, error)
                 WHERE w.id = u.id AND w.leased_by = @worker AND w.done_at IS NULL
                RETURNING w.id
                """,
                connection);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = items.Select(i => i.Id).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("outcomes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = items.Select(i => PostgresValues.Name(i.Outcome)).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("errors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = items.Select(i => i.Error).ToArray() });
            var done = new HashSet<long>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                done.Add(reader.GetInt64(0));
            }

            return (IReadOnlySet<long>)done;
        }).ConfigureAwait(false);
    }

    /// <summary>How many items are pending, leased, done and abandoned.</summary>
    public async Task<QueueCounts> CountAsync(CancellationToken cancellationToken = default) =>
        await RunAsync("count work", async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                SELECT count(*) FILTER (WHERE done_at IS NULL AND attempts < @max)::integer,
                       count(*) FILTER (WHERE done_at IS NULL AND lease_until >= clock_timestamp())::integer,
                       count(*) FILTER (WHERE done_at IS NOT NULL)::integer,
                       count(*) FILTER (WHERE done_at IS NULL AND attempts >= @max)::integer
                  FROM work_items
                """,
                connection);
            command.Parameters.AddWithValue("max", MaxAttempts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new QueueCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }).ConfigureAwait(false);

    private async Task<T> RunAsync<T>(string what, Func<NpgsqlConnection, Task<T>> action)
    {
        try
        {
            var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await action(connection).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{_target}: cannot {what}: {ex.Message}", ex);
        }
    }
}
