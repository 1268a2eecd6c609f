using Claimtrail.Model;
using Claimtrail.Reviews;
using Npgsql;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Reads a claim's review state and appends to the audit log inside the caller's transaction.</summary>
internal sealed class ReviewWriter
{
    /// <summary>The audit_log columns <see cref="ReadAuditEntry"/> reads, in order.</summary>
    internal const string AuditColumns = "seq, at, actor, action, subject, payload, previous_hash, hash";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction? _transaction;
    private readonly CancellationToken _cancellationToken;

    public ReviewWriter(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads an audit entry from <see cref="AuditColumns"/>.</summary>
    internal static AuditEntry ReadAuditEntry(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetFieldValue<DateTimeOffset>(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7));

    /// <summary>
    /// Takes the audit head's row lock, which serialises reviews across processes, then reads the claim with its
    /// row locked: the version check, the status change and the append see and leave one state.
    /// </summary>
    public async Task<(ClaimStatus Status, long Version)?> LockClaimAsync(string claimId)
    {
        await using (var head = Command("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE"))
        {
            await head.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using var command = Command("SELECT status, version FROM claims WHERE id = @id FOR UPDATE");
        command.Parameters.AddWithValue("id", claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (PostgresValues.ParseName<ClaimStatus>(reader.GetString(0)), reader.GetInt64(1));
    }

    public async Task<Review?> LatestReviewAsync(string claimId)
    {
        await using var command = Command("SELECT " + AuditColumns + " FROM audit_log WHERE subject = @id AND action = 'review' ORDER BY seq DESC LIMIT 1");
        command.Parameters.AddWithValue("id", claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(_cancellationToken).ConfigureAwait(false) ? ReviewPayload.Read(ReadAuditEntry(reader)) : null;
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
        // timestamptz keeps microseconds: the time hashed must be the time that reads back.
        var entry = AuditChain.Next(await ReadHeadAsync().ConfigureAwait(false), LedgerTime.Stamp(at), actor, action, subject, payload);
        await using (var insert = Command("""
            INSERT INTO audit_log (seq, at, actor, action, subject, payload, previous_hash, hash)
            VALUES (@seq, @at, @actor, @action, @subject, @payload, @previous, @hash)
            """))
        {
            insert.Parameters.AddWithValue("seq", entry.Sequence);
            insert.Parameters.AddWithValue("at", PostgresValues.Utc(entry.At));
            insert.Parameters.AddWithValue("actor", entry.Actor);
            insert.Parameters.AddWithValue("action", entry.Action);
            insert.Parameters.AddWithValue("subject", entry.Subject);
            insert.Parameters.AddWithValue("payload", entry.Payload);
            insert.Parameters.AddWithValue("previous", entry.PreviousHash);
            insert.Parameters.AddWithValue("hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using (var head = Command("UPDATE audit_head SET seq = @seq, hash = @hash WHERE id = 1"))
        {
            head.Parameters.AddWithValue("seq", entry.Sequence);
            head.Parameters.AddWithValue("hash", entry.Hash);
            await head.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    public async Task SetStatusAsync(string claimId, ClaimStatus status, long expectedVersion)
    {
        await using var command = Command("UPDATE claims SET status = @status, version = version + 1 WHERE id = @id AND version = @version");
        command.Parameters.AddWithValue("status", PostgresValues.Name(status));
        command.Parameters.AddWithValue("id", claimId);
        command.Parameters.AddWithValue("version", expectedVersion);
        if (await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false) != 1)
        {
            // Cannot happen while this transaction holds the claim's row lock; refuse rather than log a change that did not happen.
            throw new LedgerException($"claim {claimId} changed while it was being reviewed");
        }
    }

    /// <summary>
    /// Writes <paramref name="entries"/> and <paramref name="head"/> as given into an empty log (the head's row lock
    /// keeps reviews out meanwhile) and sets the reviewed claims' versions.
    /// </summary>
    public async Task RestoreAsync(IReadOnlyList<AuditEntry> entries, AuditHead head)
    {
        await using (var lockHead = Command("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE"))
        {
            await lockHead.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using (var any = Command("SELECT EXISTS (SELECT 1 FROM audit_log)"))
        {
            if (await any.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false) is true)
            {
                throw new LedgerException("the ledger already has an audit log; an exported log can only be restored into an empty one");
            }
        }

        foreach (var entry in entries)
        {
            await using var insert = Command("""
                INSERT INTO audit_log (seq, at, actor, action, subject, payload, previous_hash, hash)
                VALUES (@seq, @at, @actor, @action, @subject, @payload, @previous, @hash)
                """);
            insert.Parameters.AddWithValue("seq", entry.Sequence);
            insert.Parameters.AddWithValue("at", PostgresValues.Utc(entry.At));
            insert.Parameters.AddWithValue("actor", entry.Actor);
            insert.Parameters.AddWithValue("action", entry.Action);
            insert.Parameters.AddWithValue("subject", entry.Subject);
            insert.Parameters.AddWithValue("payload", entry.Payload);
            insert.Parameters.AddWithValue("previous", entry.PreviousHash);
            insert.Parameters.AddWithValue("hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        await using (var update = Command("UPDATE audit_head SET seq = @seq, hash = @hash WHERE id = 1"))
        {
            update.Parameters.AddWithValue("seq", head.Sequence);
            update.Parameters.AddWithValue("hash", head.Hash);
            await update.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        foreach (var (claimId, version) in ReviewPayload.LatestVersions(entries))
        {
            await using var command = Command("UPDATE claims SET version = @version WHERE id = @id");
            command.Parameters.AddWithValue("version", version);
            command.Parameters.AddWithValue("id", claimId);
            await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);
}
