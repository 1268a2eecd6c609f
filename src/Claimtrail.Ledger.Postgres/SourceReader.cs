using Claimtrail.Model;
using Npgsql;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Reads one source with the mentions it stated or relayed, inside the caller's (snapshot) transaction.</summary>
internal sealed class SourceReader
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    public SourceReader(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    public async Task<SourceDetail?> ReadAsync(SourceKind kind, string key)
    {
        long sourceId;
        string name;
        await using (var source = new NpgsqlCommand("SELECT id, name FROM sources WHERE kind = @kind AND key = @key", _connection, _transaction))
        {
            source.Parameters.AddWithValue("kind", PostgresValues.Name(kind));
            source.Parameters.AddWithValue("key", key);
            await using var reader = await source.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            sourceId = reader.GetInt64(0);
            name = reader.GetString(1);
        }

        var activity = new List<SourceActivity>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.id, c.text, c.status, a.role, a.cue, m.report_id, m.id
              FROM (SELECT m.id AS mention_id, 'states' AS role, m.cue AS cue FROM mentions m WHERE m.speaker_source_id = @source
                    UNION ALL
                    SELECT r.mention_id, 'relays', r.cue FROM mention_relays r WHERE r.source_id = @source) a
              JOIN mentions m ON m.id = a.mention_id
              JOIN reports rp ON rp.id = m.report_id
              JOIN claim_mentions cm ON cm.mention_id = m.id
              JOIN claims c ON c.id = cm.claim_id
             ORDER BY rp.seq, m.position, a.role COLLATE "C"
            """,
            _connection,
            _transaction))
        {
            command.Parameters.AddWithValue("source", sourceId);
            await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                activity.Add(new SourceActivity(
                    reader.GetString(0),
                    reader.GetString(1),
                    PostgresValues.ParseName<ClaimStatus>(reader.GetString(2)),
                    PostgresValues.ParseName<SourceRole>(reader.GetString(3)),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6)));
            }
        }

        return new SourceDetail(name, kind, key, activity);
    }
}
