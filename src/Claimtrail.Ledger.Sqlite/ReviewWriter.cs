using Claimtrail.Model;
using Claimtrail.Reviews;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Reads a claim's review state and appends to the audit log inside the caller's transaction.</summary>
internal sealed class ReviewWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly CancellationToken _cancellationToken;

    public ReviewWriter(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    public async Task<(ClaimStatus Status, long Version)?> ReadClaimAsync(string claimId)
    {
        await using var command = Command("SELECT status, version FROM claims WHERE id = $id");
        command.Parameters.AddWithValue("$id", claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (SqliteValues.ParseName<ClaimStatus>(reader.GetString(0)), reader.GetInt64(1));
    }

    public async Task<Review?> LatestReviewAsync(string claimId)
    {
        await using var command = Command("SELECT " + ClaimReader.AuditColumns + " FROM audit_log WHERE subject = $id AND action = 'review' ORDER BY seq DESC LIMIT 1");
        command.Parameters.AddWithValue("$id", claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(_cancellationToken).ConfigureAwait(false) ? ReviewPayload.Read(ClaimReader.ReadAuditEntry(reader)) : null;
    }

    public async Task<AuditHead> ReadHeadAsync()
    {
        await using var command = Command("SELECT seq, hash FROM audit_head WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(_cancellationToken).ConfigureAwait(false)
            ? new AuditHead(reader.GetInt64(0), reader.GetString(1))
            : AuditHead.Empty;
    }

    public async Task<AuditEntry> AppendAsync(DateTimeOffset at, string actor, string action, string subject, string payload)
    {
        var entry = AuditChain.Next(await ReadHeadAsync().ConfigureAwait(false), at, actor, action, subject, payload);
        await using (var insert = Command("""
            INSERT INTO audit_log (seq, at, actor, action, subject, payload, previous_hash, hash)
            VALUES ($seq, $at, $actor, $action, $subject, $payload, $previous, $hash)
            """))
        {
            insert.Parameters.AddWithValue("$seq", entry.Sequence);
            insert.Parameters.AddWithValue("$at", AuditChain.Time(entry.At));
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$subject", entry.Subject);
            insert.Parameters.AddWithValue("$payload", entry.Payload);
            insert.Parameters.AddWithValue("$previous", entry.PreviousHash);
            insert.Parameters.AddWithValue("$hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using (var head = Command("UPDATE audit_head SET seq = $seq, hash = $hash WHERE id = 1"))
        {
            head.Parameters.AddWithValue("$seq", entry.Sequence);
            head.Parameters.AddWithValue("$hash", entry.Hash);
            await head.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    public async Task SetStatusAsync(string claimId, ClaimStatus status, long expectedVersion)
    {
        await using var command = Command("UPDATE claims SET status = $status, version = version + 1 WHERE id = $id AND version = $version");
        command.Parameters.AddWithValue("$status", SqliteValues.Name(status));
        command.Parameters.AddWithValue("$id", claimId);
        command.Parameters.AddWithValue("$version", expectedVersion);
        if (await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false) != 1)
        {
            // Cannot happen inside the IMMEDIATE transaction that read the version; refuse rather than log a change that did not happen.
            throw new LedgerException($"claim {claimId} changed while it was being reviewed");
        }
    }

    /// <summary>Writes <paramref name="entries"/> and <paramref name="head"/> as given into an empty log and sets the reviewed claims' versions.</summary>
    public async Task RestoreAsync(IReadOnlyList<AuditEntry> entries, AuditHead head)
    {
        await using (var count = Command("SELECT count(*) FROM audit_log"))
        {
            if (Convert.ToInt64(await count.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                throw new LedgerException("the ledger already has an audit log; an exported log can only be restored into an empty one");
            }
        }

        foreach (var entry in entries)
        {
            await using var insert = Command("""
                INSERT INTO audit_log (seq, at, actor, action, subject, payload, previous_hash, hash)
                VALUES ($seq, $at, $actor, $action, $subject, $payload, $previous, $hash)
                """);
            insert.Parameters.AddWithValue("$seq", entry.Sequence);
            insert.Parameters.AddWithValue("$at", AuditChain.Time(entry.At));
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$subject", entry.Subject);
            insert.Parameters.AddWithValue("$payload", entry.Payload);
            insert.Parameters.AddWithValue("$previous", entry.PreviousHash);
            insert.Parameters.AddWithValue("$hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using (var update = Command("UPDATE audit_head SET seq = $seq, hash = $hash WHERE id = 1"))
        {
            update.Parameters.AddWithValue("$seq", head.Sequence);
            update.Parameters.AddWithValue("$hash", head.Hash);
            await update.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        foreach (var (claimId, version) in ReviewPayload.LatestVersions(entries))
        {
            await using var command = Command("UPDATE claims SET version = $version WHERE id = $id");
            command.Parameters.AddWithValue("$version", version);
            command.Parameters.AddWithValue("$id", claimId);
            await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
