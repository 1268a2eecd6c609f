using Claimtrail.Model;
using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres;

/// <summary>
/// The statements that store one report inside the caller's transaction: the report row first (its id
/// decides whether anything else is written), then one batch of set-based statements for its sources,
/// mentions, relay links, claims, claim links and the claims' search documents.
/// </summary>
/// <remarks>
/// Sources, which other transactions may be writing at the same time, are inserted in key order, so two
/// ingests naming the same sources wait for each other instead of deadlocking. A claim row is locked
/// before its search document is rebuilt, and the rebuild is its own statement, so it sees the mentions every
/// earlier committed ingest linked to the claim.
/// </remarks>
internal static class ReportWriter
{
    /// <summary>Inserts the report row; false when a report with its id is already stored (or being stored, and then committed).</summary>
    public static async Task<bool> InsertReportAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Report report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO reports (id, source, title, language, text, published, published_offset, publisher, ingested_at)
            VALUES (@id, @source, @title, @language, @text, @published, @published_offset, @publisher, @ingested_at)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq
            """,
            connection,
            transaction);
        command.Parameters.Add(Text("id", report.Id));
        command.Parameters.Add(Text("source", report.Source));
        command.Parameters.Add(Text("title", report.Title));
        command.Parameters.Add(Text("language", report.Language));
        command.Parameters.Add(Text("text", report.Text));
        command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.TimestampTz) { Value = report.Published is { } p ? PostgresValues.Utc(p) : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("published_offset", NpgsqlDbType.Integer) { Value = report.Published is { } o ? (int)o.Offset.TotalMinutes : DBNull.Value });
        command.Parameters.Add(Text("publisher", report.Publisher));
        command.Parameters.Add(new NpgsqlParameter("ingested_at", NpgsqlDbType.TimestampTz) { Value = PostgresValues.Utc(now) });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Writes everything of the report but its own row, and links <paramref name="claims"/>.</summary>
    public static async Task InsertContentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Report report, IReadOnlyList<Claim> claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var post = report.Post;
        if (report.Mentions.Count == 0 && claims.Count == 0 && post is null)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        AddSources(batch, [report]);
        AddPost(batch, report.Id, post);
        AddMentions(batch, report);
        AddRelays(batch, report);
        AddClaims(batch, claims, now);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the insert of every source the reports name (in the reports' order, first spelling winning).</summary>
    public static void AddSources(NpgsqlBatch batch, IEnumerable<Report> reports)
    {
        // First spelling wins, as in the SQLite engine; the sort fixes the order rows are inserted (and waited for) in.
        var sources = new Dictionary<(string Kind, string Key), string>();
        foreach (var report in reports)
        {
            if (ForwardedFrom(report.Post) is { } forwarded)
            {
                // The SQLite engine files the forward's source before the speakers', so its spelling wins there too.
                sources.TryAdd(SourceRow(forwarded, SourceKind.Channel), forwarded);
            }

            foreach (var mention in report.Mentions)
            {
                if (!string.IsNullOrEmpty(mention.Speaker.Name))
                {
                    sources.TryAdd(SourceRow(mention.Speaker.Name, mention.Speaker.Kind), mention.Speaker.Name);
                }

                foreach (var link in mention.Relay)
                {
                    sources.TryAdd(SourceRow(link.Name, link.Kind), link.Name);
                }
            }
        }

        if (sources.Count == 0)
        {
            return;
        }

        var ordered = sources.OrderBy(s => s.Key.Kind, StringComparer.Ordinal).ThenBy(s => s.Key.Key, StringComparer.Ordinal).ToList();
        Add(
            batch,
            """
            INSERT INTO sources (kind, name, key)
            SELECT kind, name, key FROM unnest(@kinds, @names, @keys) WITH ORDINALITY AS s (kind, name, key, n) ORDER BY n
            ON CONFLICT (kind, key) DO NOTHING
            """,
            TextArray("kinds", ordered.Select(s => s.Key.Kind)),
            TextArray("names", ordered.Select(s => s.Value)),
            TextArray("keys", ordered.Select(s => s.Key.Key)));
    }

    private static void AddPost(NpgsqlBatch batch, string reportId, PostMetadata? post)
    {
        if (post is null)
        {
            return;
        }

        var forwarded = ForwardedFrom(post) is { } name ? SourceRow(name, SourceKind.Channel) : ((string?)null, (string?)null);
        Add(
            batch,
            """
            UPDATE reports SET platform = @platform, post_id = @post_id, url = @url, author = @author,
                               forwarded_from = @forwarded_from,
                               forwarded_from_source_id = (SELECT id FROM sources WHERE kind = @forwarded_kind AND key = @forwarded_key),
                               reply_to = @reply_to, edited = @edited, fetched = @fetched,
                               latitude = @latitude, longitude = @longitude
             WHERE id = @id
            """,
            Text("platform", post.Platform),
            Text("post_id", post.PostId),
            Text("url", post.Url),
            Text("author", post.Author),
            Text("forwarded_from", post.ForwardedFrom),
            Text("forwarded_kind", forwarded.Item1),
            Text("forwarded_key", forwarded.Item2),
            Text("reply_to", post.ReplyTo),
            Time("edited", post.Edited),
            Time("fetched", post.Fetched),
            Double("latitude", post.Location?.Latitude),
            Double("longitude", post.Location?.Longitude),
            Text("id", reportId));
        if (post.Media.Count == 0)
        {
            return;
        }

        var media = post.Media;
        Add(
            batch,
            """
            INSERT INTO report_media (report_id, position, kind, reference, mime_type, size, sha256)
            SELECT @report_id, u.n - 1, u.kind, u.reference, u.mime_type, u.size, u.sha256
              FROM unnest(@kinds, @references, @mime_types, @sizes, @sha256s)
                   WITH ORDINALITY AS u (kind, reference, mime_type, size, sha256, n)
            """,
            Text("report_id", reportId),
            TextArray("kinds", media.Select(m => m.Kind)),
            TextArray("references", media.Select(m => m.Reference)),
            TextArray("mime_types", media.Select(m => m.MimeType)),
            new NpgsqlParameter("sizes", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = media.Select(m => m.Size).ToArray() },
            TextArray("sha256s", media.Select(m => m.Sha256)));
    }

    /// <summary>The name a post was forwarded from, when it names a source: a blank name is kept as written but links none (as in the SQLite engine).</summary>
    public static string? ForwardedFrom(PostMetadata? post) =>
        post is { ForwardedFrom: { } name } && !string.IsNullOrWhiteSpace(name) ? name : null;

    /// <summary>Adds the insert of the report's mentions (their speakers' sources must be inserted before).</summary>
    public static void AddMentions(NpgsqlBatch batch, Report report)
    {
        var mentions = report.Mentions;
        if (mentions.Count == 0)
        {
            return;
        }

        var speakers = mentions.Select(m => string.IsNullOrEmpty(m.Speaker.Name) ? ((string?)null, (string?)null) : SourceRow(m.Speaker.Name, m.Speaker.Kind)).ToList();
        Add(
            batch,
            """
            INSERT INTO mentions (id, report_id, position, span_start, span_end, fragments, content,
                                  speaker_source_id, speaker_start, speaker_end, cue, cue_start, cue_end,
                                  stance, hedges, evidence, places, entities, extractor, check_worthiness)
            SELECT u.id, @report_id, u.n - 1, u.span_start, u.span_end, u.fragments::jsonb, u.content,
                   s.id, u.speaker_start, u.speaker_end, u.cue, u.cue_start, u.cue_end,
                   u.stance, u.hedges::jsonb, u.evidence::jsonb, u.places::jsonb, u.entities::jsonb, u.extractor, u.check_worthiness
              FROM unnest(@ids, @span_starts, @span_ends, @fragments, @contents, @speaker_kinds, @speaker_keys,
                          @speaker_starts, @speaker_ends, @cues, @cue_starts, @cue_ends, @stances,
                          @hedges, @evidence, @places, @entities, @extractors, @check_worthiness)
                   WITH ORDINALITY AS u (id, span_start, span_end, fragments, content, speaker_kind, speaker_key,
                                         speaker_start, speaker_end, cue, cue_start, cue_end, stance,
                                         hedges, evidence, places, entities, extractor, check_worthiness, n)
              LEFT JOIN sources s ON s.kind = u.speaker_kind AND s.key = u.speaker_key
             ORDER BY u.n
            """,
            Text("report_id", report.Id),
            TextArray("ids", mentions.Select(m => m.Id)),
            IntArray("span_starts", mentions.Select(m => (int?)m.Span.Start)),
            IntArray("span_ends", mentions.Select(m => (int?)m.Span.End)),
            TextArray("fragments", mentions.Select(m => PostgresValues.Json(m.Fragments))),
            TextArray("contents", mentions.Select(m => m.Content)),
            TextArray("speaker_kinds", speakers.Select(s => s.Item1)),
            TextArray("speaker_keys", speakers.Select(s => s.Item2)),
            IntArray("speaker_starts", mentions.Select(m => m.Speaker.Span?.Start)),
            IntArray("speaker_ends", mentions.Select(m => m.Speaker.Span?.End)),
            TextArray("cues", mentions.Select(m => m.Cue)),
            IntArray("cue_starts", mentions.Select(m => (int?)m.CueSpan.Start)),
            IntArray("cue_ends", mentions.Select(m => (int?)m.CueSpan.End)),
            TextArray("stances", mentions.Select(m => PostgresValues.Name(m.Stance))),
            TextArray("hedges", mentions.Select(m => PostgresValues.Json(m.Hedges))),
            TextArray("evidence", mentions.Select(m => PostgresValues.Json(m.Evidence))),
            TextArray("places", mentions.Select(m => PostgresValues.Json(m.Places))),
            TextArray("entities", mentions.Select(m => PostgresValues.Json(m.Entities))),
            TextArray("extractors", mentions.Select(m => m.Extractor)),
            DoubleArray("check_worthiness", mentions.Select(m => m.CheckWorthiness)));
    }

    /// <summary>Adds the insert of the report's relay links.</summary>
    public static void AddRelays(NpgsqlBatch batch, Report report)
    {
        var links = report.Mentions
            .SelectMany(m => m.Relay.Select((link, position) => (Mention: m.Id, Position: position, Link: link, Source: SourceRow(link.Name, link.Kind))))
            .ToList();
        if (links.Count == 0)
        {
            return;
        }

        Add(
            batch,
            """
            INSERT INTO mention_relays (mention_id, position, source_id, cue, span_start, span_end)
            SELECT u.mention_id, u.position, s.id, u.cue, u.span_start, u.span_end
              FROM unnest(@mentions, @positions, @kinds, @keys, @cues, @starts, @ends)
                   AS u (mention_id, position, kind, key, cue, span_start, span_end)
              JOIN sources s ON s.kind = u.kind AND s.key = u.key
            """,
            TextArray("mentions", links.Select(l => l.Mention)),
            IntArray("positions", links.Select(l => (int?)l.Position)),
            TextArray("kinds", links.Select(l => l.Source.Kind)),
            TextArray("keys", links.Select(l => l.Source.Key)),
            TextArray("cues", links.Select(l => l.Link.Cue)),
            IntArray("starts", links.Select(l => l.Link.Span?.Start)),
            IntArray("ends", links.Select(l => l.Link.Span?.End)));
    }

    /// <summary>Adds the inserts and locks that link <paramref name="claims"/> to their mentions and rebuild their search documents.</summary>
    public static void AddClaims(NpgsqlBatch batch, IReadOnlyList<Claim> claims, DateTimeOffset now)
    {
        if (claims.Count == 0)
        {
            return;
        }

        // Claims are inserted in the order given, as the SQLite engine does, so both list a report's claims in one
        // order (seq). Two ingests creating the same new claims in opposite orders can deadlock here; the server
        // detects it and StoreAsync runs the loser again.
        var ordered = claims;
        var ids = claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // A claim already stated in an earlier report keeps its text, status and creation time.
        Add(
            batch,
            """
            INSERT INTO claims (id, text, status, created)
            SELECT id, text, status, @created FROM unnest(@ids, @texts, @statuses) WITH ORDINALITY AS u (id, text, status, n) ORDER BY n
            ON CONFLICT (id) DO NOTHING
            """,
            new NpgsqlParameter("created", NpgsqlDbType.TimestampTz) { Value = PostgresValues.Utc(now) },
            TextArray("ids", ordered.Select(c => c.Id)),
            TextArray("texts", ordered.Select(c => c.Text)),
            TextArray("statuses", ordered.Select(c => PostgresValues.Name(c.Status))));
        Add(batch, "SELECT 1 FROM claims WHERE id = ANY (@ids) ORDER BY id FOR UPDATE", TextArray("ids", ids));
        var embedded = ordered.Where(c => c.Embedding is not null).ToList();
        if (embedded.Count > 0)
        {
            Add(
                batch,
                """
                INSERT INTO claim_embeddings (claim_id, model, vector)
                SELECT claim_id, model, vector FROM unnest(@claims, @models, @vectors) WITH ORDINALITY AS u (claim_id, model, vector, n) ORDER BY n
                ON CONFLICT (claim_id, model) DO NOTHING
                """,
                TextArray("claims", embedded.Select(c => c.Id)),
                TextArray("models", embedded.Select(c => c.Embedding!.Model)),
                new NpgsqlParameter("vectors", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
                {
                    Value = embedded.Select(c => System.Runtime.InteropServices.MemoryMarshal.AsBytes(c.Embedding!.Vector.AsSpan()).ToArray()).ToArray(),
                });
        }
        var links = ordered.SelectMany(c => c.Mentions.Select(m => (Claim: c.Id, Mention: m))).ToList();
        if (links.Count > 0)
        {
            Add(
                batch,
                """
                INSERT INTO claim_mentions (claim_id, mention_id)
                SELECT claim_id, mention_id FROM unnest(@claims, @mentions) AS u (claim_id, mention_id)
                ON CONFLICT DO NOTHING
                """,
                TextArray("claims", links.Select(l => l.Claim)),
                TextArray("mentions", links.Select(l => l.Mention)));
        }

        // The claim's check-worthiness is the highest of its mentions', old and new.
        Add(
            batch,
            """
            UPDATE claims c
               SET check_worthiness = (SELECT max(m.check_worthiness) FROM claim_mentions cm
                                         JOIN mentions m ON m.id = cm.mention_id
                                        WHERE cm.claim_id = c.id)
             WHERE c.id = ANY (@ids)
            """,
            TextArray("ids", ids));

        Add(
            batch,
            """
            UPDATE claims c
               SET search = setweight(to_tsvector('claimtrail', c.text), 'A')
                         || setweight(to_tsvector('claimtrail', coalesce(
                                (SELECT string_agg(m.content, E'\n' ORDER BY m.id)
                                   FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                                  WHERE cm.claim_id = c.id), '')), 'B')
                         || setweight(to_tsvector('claimtrail', coalesce(
                                (SELECT string_agg(n.name, E'\n' ORDER BY n.name)
                                   FROM (SELECT s.name FROM claim_mentions cm
                                           JOIN mentions m ON m.id = cm.mention_id
                                           JOIN sources s ON s.id = m.speaker_source_id
                                          WHERE cm.claim_id = c.id
                                         UNION
                                         SELECT s.name FROM claim_mentions cm
                                           JOIN mention_relays r ON r.mention_id = cm.mention_id
                                           JOIN sources s ON s.id = r.source_id
                                          WHERE cm.claim_id = c.id) n), '')), 'C')
             WHERE c.id = ANY (@ids)
            """,
            TextArray("ids", ids));
    }

    /// <summary>A source's kind and key columns.</summary>
    public static (string Kind, string Key) SourceRow(string name, SourceKind kind)
    {
        var key = SourceKey.For(name);

        // A name of punctuation only still names someone; file it under itself (as the SQLite engine does).
        return (PostgresValues.Name(kind), key.Length == 0 ? name.Trim() : key);
    }

    private static void Add(NpgsqlBatch batch, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Time(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } v ? PostgresValues.Utc(v) : DBNull.Value };

    private static NpgsqlParameter Double(string name, double? value) =>
        new(name, NpgsqlDbType.Double) { Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter TextArray(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter IntArray(string name, IEnumerable<int?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = values.ToArray() };

    private static NpgsqlParameter DoubleArray(string name, IEnumerable<double?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values.ToArray() };
}
