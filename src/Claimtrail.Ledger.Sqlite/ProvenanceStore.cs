using System.Runtime.InteropServices;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Sightings, provenance and claim embeddings inside the caller's transaction.</summary>
internal sealed class ProvenanceStore
{
    private const string SightingColumns = "report_id, source, publisher, published, platform, post_id, url, author, forwarded_from, reply_to, sighted_at";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    public ProvenanceStore(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
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
            "SELECT source, publisher, published, platform, post_id, url, author, forwarded_from, reply_to FROM reports WHERE id = $id",
            ("$id", sighting.ReportId)))
        await using (var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            storedKey = ReportSighting.KeyOf(reader.GetString(0), Text(reader, 1), Time(reader, 2), Post(reader, 3));
        }

        if (string.Equals(storedKey, sighting.AppearanceKey, StringComparison.Ordinal))
        {
            return false;
        }

        var post = sighting.Post;
        await using var insert = Command(
            """
            INSERT INTO report_sightings (report_id, appearance_key, source, publisher, published, platform, post_id, url, author,
                                          forwarded_from, reply_to, sighted_at)
            VALUES ($report, $key, $source, $publisher, $published, $platform, $post_id, $url, $author, $forwarded_from, $reply_to, $at)
            ON CONFLICT (report_id, appearance_key) DO NOTHING
            """,
            ("$report", sighting.ReportId), ("$key", sighting.AppearanceKey), ("$source", sighting.Source), ("$publisher", sighting.Publisher),
            ("$published", sighting.Published is { } published ? SqliteValues.LocalTime(published) : null),
            ("$platform", post?.Platform), ("$post_id", post?.PostId), ("$url", post?.Url), ("$author", post?.Author),
            ("$forwarded_from", post?.ForwardedFrom), ("$reply_to", post?.ReplyTo), ("$at", SqliteValues.Time(LedgerTime.Stamp(sighting.SightedAt))));
        if (await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await UpdateOriginCountsAsync(await ClaimsOfReportAsync(sighting.ReportId).ConfigureAwait(false)).ConfigureAwait(false);
        return true;
    }

    public async IAsyncEnumerable<ReportSighting> ReadSightingsAsync(string? claimId)
    {
        var where = claimId is null
            ? string.Empty
            : " WHERE report_id IN (SELECT m.report_id FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id WHERE cm.claim_id = $claim)";
        await using var command = Command("SELECT " + SightingColumns + " FROM report_sightings" + where + " ORDER BY seq", ("$claim", claimId));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            yield return new ReportSighting
            {
                ReportId = reader.GetString(0),
                Source = reader.GetString(1),
                Publisher = Text(reader, 2),
                Published = Time(reader, 3),
                Post = Post(reader, 4),
                SightedAt = SqliteValues.ParseTime(reader.GetString(10)),
            };
        }
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
            WHERE id IN (SELECT m.report_id FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id WHERE cm.claim_id = $claim)
            """,
            ("$claim", claimId)))
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

        var sightings = new List<ReportSighting>();
        await foreach (var sighting in ReadSightingsAsync(claimId).ConfigureAwait(false))
        {
            sightings.Add(sighting);
        }

        return new ClaimWithProvenance(detail, ProvenanceBuilder.Build(detail, posts, sightings));
    }

    /// <summary>Recomputes the stored origin count of each claim, after it gained an appearance.</summary>
    public async Task UpdateOriginCountsAsync(IEnumerable<string> claimIds)
    {
        foreach (var id in claimIds.Distinct(StringComparer.Ordinal))
        {
            if (await ReadProvenanceAsync(id).ConfigureAwait(false) is not { Provenance: var provenance })
            {
                continue;
            }

            await using var update = Command("UPDATE claims SET origin_count = $count WHERE id = $id", ("$count", provenance.Origins.Count), ("$id", id));
            await update.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> AddEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings)
    {
        var added = 0;
        await using var insert = Command(
            """
            INSERT INTO claim_embeddings (claim_id, model, vector)
            SELECT $claim, $model, $vector WHERE EXISTS (SELECT 1 FROM claims WHERE id = $claim)
            ON CONFLICT (claim_id, model) DO NOTHING
            """,
            ("$claim", null), ("$model", null), ("$vector", null));
        await using var exists = Command("SELECT 1 FROM claims WHERE id = $claim", ("$claim", null));
        foreach (var embedding in embeddings)
        {
            insert.Parameters["$claim"].Value = embedding.ClaimId;
            insert.Parameters["$model"].Value = embedding.Model;
            insert.Parameters["$vector"].Value = MemoryMarshal.AsBytes(embedding.Vector.AsSpan()).ToArray();
            var rows = await insert.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
            if (rows == 0)
            {
                exists.Parameters["$claim"].Value = embedding.ClaimId;
                if (await exists.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false) is null)
                {
                    throw new LedgerException($"cannot store the embedding of claim {embedding.ClaimId}: no such claim");
                }
            }

            added += rows;
        }

        return added;
    }

    public async IAsyncEnumerable<StoredClaimEmbedding> ReadEmbeddingsAsync(string? model, long afterSequence)
    {
        await using var command = Command(
            "SELECT seq, claim_id, model, vector FROM claim_embeddings WHERE seq > $after" + (model is null ? string.Empty : " AND model = $model") + " ORDER BY seq",
            ("$after", afterSequence), ("$model", model));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            var bytes = (byte[])reader.GetValue(3);
            yield return new StoredClaimEmbedding(reader.GetInt64(0), new ClaimEmbedding(reader.GetString(1), reader.GetString(2), MemoryMarshal.Cast<byte, float>(bytes).ToArray()));
        }
    }

    public async Task<EmbeddingWatermark> ReadWatermarkAsync(string model)
    {
        await using var command = Command("SELECT coalesce(max(seq), 0), count(*) FROM claim_embeddings WHERE model = $model", ("$model", model));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(_cancellationToken).ConfigureAwait(false);
        return new EmbeddingWatermark(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<List<string>> ClaimsOfReportAsync(string reportId)
    {
        var ids = new List<string>();
        await using var command = Command(
            "SELECT DISTINCT cm.claim_id FROM mentions m JOIN claim_mentions cm ON cm.mention_id = m.id WHERE m.report_id = $report",
            ("$report", reportId));
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Time(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : SqliteValues.ParseTime(reader.GetString(column));

    // Six columns from start: platform, post_id, url, author, forwarded_from, reply_to.
    private static PostMetadata? Post(SqliteDataReader reader, int start)
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

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
