using System.Runtime.InteropServices;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Sightings, provenance and claim embeddings inside the caller's transaction.</summary>
internal sealed class ProvenanceStore
{
    private const string SightingColumns =
        "report_id, source, publisher, published, published_offset, platform, post_id, url, author, forwarded_from, reply_to, sighted_at";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    public ProvenanceStore(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Null when the report is not stored; else whether the sighting was new.</summary>
    public async Task<bool?> RecordSightingAsync(ReportSighting sighting)
    {
        string storedKey;
        await using (var command = Command(
            "SELECT source, publisher, published, published_offset, platform, post_id, url, author, forwarded_from, reply_to FROM reports WHERE id = @id",
            ("id", sighting.ReportId)))
        await using (var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            storedKey = ReportSighting.KeyOf(reader.GetString(0), Text(reader, 1), Time(reader, 2), Post(reader, 4));
        }

        if (string.Equals(storedKey, sighting.AppearanceKey, StringComparison.Ordinal))
        {
            return false;
        }

        var post = sighting.Post;
        await using var insert = Command(
            """
            INSERT INTO report_sightings (report_id, appearance_key, source, publisher, published, published_offset, platform, post_id, url,
                                          author, forwarded_from, reply_to, sighted_at)
            VALUES (@report, @key, @source, @publisher, @published, @offset, @platform, @post_id, @url, @author, @forwarded_from, @reply_to, @at)
            ON CONFLICT (report_id, appearance_key) DO NOTHING
            """,
            ("report", sighting.ReportId), ("key", sighting.AppearanceKey), ("source", sighting.Source), ("publisher", sighting.Publisher),
            ("platform", post?.Platform), ("post_id", post?.PostId), ("url", post?.Url), ("author", post?.Author),
            ("forwarded_from", post?.ForwardedFrom), ("reply_to", post?.ReplyTo));
        insert.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.TimestampTz) { Value = sighting.Published is { } p ? PostgresValues.Utc(p) : DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = sighting.Published is { } o ? (int)o.Offset.TotalMinutes : DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = PostgresValues.Utc(LedgerTime.Stamp(sighting.SightedAt)) });
        if (await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await UpdateOriginCountsAsync(await ClaimsOfReportAsync(sighting.ReportId).ConfigureAwait(false)).ConfigureAwait(false);
        return true;
    }

    public async Task<List<ReportSighting>> ReadSightingsAsync(string? claimId)
    {
        var where = claimId is null
            ? string.Empty
            : " WHERE report_id IN (SELECT m.report_id FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id WHERE cm.claim_id = @claim)";
        var sightings = new List<ReportSighting>();
        await using var command = Command("SELECT " + SightingColumns + " FROM report_sightings" + where + " ORDER BY seq", ("claim", claimId));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            sightings.Add(new ReportSighting
            {
                ReportId = reader.GetString(0),
                Source = reader.GetString(1),
                Publisher = Text(reader, 2),
                Published = Time(reader, 3),
                Post = Post(reader, 5),
                SightedAt = reader.GetFieldValue<DateTimeOffset>(11),
            });
        }

        return sightings;
    }

    public async Task<ClaimWithProvenance?> ReadProvenanceAsync(string claimId)
    {
        var detail = await new ClaimReader(_connection, _transaction, _cancellationToken).ReadAsync(claimId).ConfigureAwait(false);
        if (detail is null)
        {
            return null;
        }

        var posts = new Dictionary<string, PostMetadata>(StringComparer.Ordinal);
        await using (var command = Command(
            """
            SELECT id, platform, post_id, url, author, forwarded_from, reply_to FROM reports
            WHERE id IN (SELECT m.report_id FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id WHERE cm.claim_id = @claim)
            """,
            ("claim", claimId)))
        await using (var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                if (Post(reader, 1) is { } post)
                {
                    posts[reader.GetString(0)] = post;
                }
            }
        }

        return new ClaimWithProvenance(detail, ProvenanceBuilder.Build(detail, posts, await ReadSightingsAsync(claimId).ConfigureAwait(false)));
    }

    /// <summary>
    /// Recomputes the stored origin count of each claim after it gained an appearance. The claims' rows are locked
    /// first (in id order), so a concurrent store of the same claim waits and then counts what this one committed.
    /// </summary>
    public async Task UpdateOriginCountsAsync(IEnumerable<string> claimIds)
    {
        var ids = claimIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await using (var locking = Command("SELECT id FROM claims WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", ("ids", ids)))
        {
            await locking.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in ids)
        {
            if (await ReadProvenanceAsync(id).ConfigureAwait(false) is not { Provenance: var provenance })
            {
                continue;
            }

            await using var update = Command("UPDATE claims SET origin_count = @count WHERE id = @id", ("count", provenance.Origins.Count), ("id", id));
            await update.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> AddEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings)
    {
        var added = 0;
        foreach (var embedding in embeddings)
        {
            await using var insert = Command(
                """
                INSERT INTO claim_embeddings (claim_id, model, vector)
                SELECT @claim, @model, @vector WHERE EXISTS (SELECT 1 FROM claims WHERE id = @claim)
                ON CONFLICT (claim_id, model) DO NOTHING
                """,
                ("claim", embedding.ClaimId), ("model", embedding.Model), ("vector", MemoryMarshal.AsBytes(embedding.Vector.AsSpan()).ToArray()));
            var rows = await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
            if (rows == 0)
            {
                await using var exists = Command("SELECT 1 FROM claims WHERE id = @claim", ("claim", embedding.ClaimId));
                if (await exists.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false) is null)
                {
                    throw new LedgerException($"cannot store the embedding of claim {embedding.ClaimId}: no such claim");
                }
            }

            added += rows;
        }

        return added;
    }

    public async Task<List<StoredClaimEmbedding>> ReadEmbeddingsAsync(string? model, long afterSequence, int limit)
    {
        var embeddings = new List<StoredClaimEmbedding>();
        await using var command = Command(
            "SELECT seq, claim_id, model, vector FROM claim_embeddings WHERE seq > @after" + (model is null ? string.Empty : " AND model = @model") + " ORDER BY seq LIMIT @limit",
            ("after", afterSequence), ("model", model), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            var bytes = reader.GetFieldValue<byte[]>(3);
            embeddings.Add(new StoredClaimEmbedding(reader.GetInt64(0), new ClaimEmbedding(reader.GetString(1), reader.GetString(2), MemoryMarshal.Cast<byte, float>(bytes).ToArray())));
        }

        return embeddings;
    }

    public async Task<EmbeddingWatermark> ReadWatermarkAsync(string model)
    {
        await using var command = Command("SELECT coalesce(max(seq), 0), count(*) FROM claim_embeddings WHERE model = @model", ("model", model));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(_cancellationToken).ConfigureAwait(false);
        return new EmbeddingWatermark(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<List<string>> ClaimsOfReportAsync(string reportId)
    {
        var ids = new List<string>();
        await using var command = Command(
            "SELECT DISTINCT cm.claim_id FROM mentions m JOIN claim_mentions cm ON cm.mention_id = m.id WHERE m.report_id = @report",
            ("report", reportId));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    // The time column and its offset column after it.
    private static DateTimeOffset? Time(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : ClaimReader.Published(reader.GetFieldValue<DateTimeOffset>(column), reader.IsDBNull(column + 1) ? 0 : reader.GetInt32(column + 1));

    // Six columns from start: platform, post_id, url, author, forwarded_from, reply_to.
    private static PostMetadata? Post(NpgsqlDataReader reader, int start)
    {
        var post = new PostMetadata
        {
            Platform = Text(reader, start),
            PostId = Text(reader, start + 1),
            Url = Text(reader, start + 2),
            Author = Text(reader, start + 3),
            ForwardedFrom = Text(reader, start + 4),
            ReplyTo = Text(reader, start + 5),
        };
        return post.IsEmpty ? null : post;
    }

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        }

        return command;
    }
}
