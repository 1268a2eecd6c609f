using Claimtrail.Model;
using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres;

/// <summary>
/// Stores a batch of reports inside the caller's transaction: the report rows (with their post metadata) and
/// their media go through binary COPY into temporary staging tables, then into the ledger's tables with
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>, which tells new reports from stored ones; the new reports'
/// sources, mentions, relay links and claims follow in one round trip of set-based statements.
/// </summary>
/// <remarks>
/// The staging tables are dropped at commit or rollback. Report rows are inserted in the batch's order, so the
/// ledger's ingest order is the input's. Two batches inserting the same new reports in different orders can
/// deadlock; the server detects it, and the caller runs the batch again.
/// </remarks>
internal static class BatchWriter
{
    /// <summary>Writes the reports (distinct ids, in ingest order) and returns the ids of those that were new.</summary>
    public static async Task<HashSet<string>> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReportToStore> reports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            """
            CREATE TEMP TABLE staged_reports (
                n bigint, id text, source text, title text, language text, text text, published timestamptz,
                published_offset integer, publisher text, platform text, post_id text, url text, author text,
                forwarded_from text, forwarded_kind text, forwarded_key text, reply_to text, edited timestamptz,
                fetched timestamptz, latitude double precision, longitude double precision) ON COMMIT DROP;
            CREATE TEMP TABLE staged_media (
                report_id text, position integer, kind text, reference text, mime_type text, size bigint, sha256 text) ON COMMIT DROP;
            """,
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var media = await CopyReportsAsync(connection, reports, cancellationToken).ConfigureAwait(false);
        if (media > 0)
        {
            await CopyMediaAsync(connection, reports, cancellationToken).ConfigureAwait(false);
        }

        var created = new HashSet<string>(StringComparer.Ordinal);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO reports (id, source, title, language, text, published, published_offset, publisher, ingested_at,
                                 platform, post_id, url, author, forwarded_from, reply_to, edited, fetched, latitude, longitude)
            SELECT id, source, title, language, text, published, published_offset, publisher, @ingested_at,
                   platform, post_id, url, author, forwarded_from, reply_to, edited, fetched, latitude, longitude
              FROM staged_reports ORDER BY n
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """,
            connection,
            transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("ingested_at", NpgsqlDbType.TimestampTz) { Value = PostgresValues.Utc(now) });
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                created.Add(reader.GetString(0));
            }
        }

        if (created.Count > 0)
        {
            await WriteContentAsync(connection, transaction, reports.Where(r => created.Contains(r.Report.Id)).ToList(), media > 0, now, cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    // The new reports' sources first (every mention and forward refers to one), then their forward links and
    // media, then each report's mentions, relays and claims, in one batch of statements.
    private static async Task WriteContentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ReportToStore> created, bool anyMedia, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        ReportWriter.AddSources(batch, created.Select(r => r.Report));
        var ids = new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = created.Select(r => r.Report.Id).ToArray() };
        if (created.Any(r => ReportWriter.ForwardedFrom(r.Report.Post) is not null))
        {
            var forwards = new NpgsqlBatchCommand(
                """
                UPDATE reports r SET forwarded_from_source_id = s.id
                  FROM staged_reports st JOIN sources s ON s.kind = st.forwarded_kind AND s.key = st.forwarded_key
                 WHERE r.id = st.id AND st.id = ANY (@ids)
                """);
            forwards.Parameters.Add(ids.Clone());
            batch.BatchCommands.Add(forwards);
        }

        if (anyMedia)
        {
            var media = new NpgsqlBatchCommand(
                """
                INSERT INTO report_media (report_id, position, kind, reference, mime_type, size, sha256)
                SELECT report_id, position, kind, reference, mime_type, size, sha256 FROM staged_media
                 WHERE report_id = ANY (@ids)
                """);
            media.Parameters.Add(ids.Clone());
            batch.BatchCommands.Add(media);
        }

        foreach (var (report, claims) in created)
        {
            ReportWriter.AddMentions(batch, report);
            ReportWriter.AddRelays(batch, report);
            ReportWriter.AddClaims(batch, claims, now);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Returns how many media items the reports carry.
    private static async Task<int> CopyReportsAsync(NpgsqlConnection connection, IReadOnlyList<ReportToStore> reports, CancellationToken cancellationToken)
    {
        var media = 0;
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY staged_reports (n, id, source, title, language, text, published, published_offset, publisher, platform, post_id,
                                 url, author, forwarded_from, forwarded_kind, forwarded_key, reply_to, edited, fetched, latitude, longitude)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i].Report;
            var post = report.Post;
            var forwarded = ReportWriter.ForwardedFrom(post) is { } name ? ReportWriter.SourceRow(name, SourceKind.Channel) : ((string?)null, (string?)null);
            media += post?.Media.Count ?? 0;
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync((long)i, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Id, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Source, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Title, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Language, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Text, cancellationToken).ConfigureAwait(false);
            await Time(writer, report.Published, cancellationToken).ConfigureAwait(false);
            await Nullable<int>(writer, report.Published is { } p ? (int)p.Offset.TotalMinutes : null, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await Text(writer, report.Publisher, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.Platform, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.PostId, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.Url, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.Author, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.ForwardedFrom, cancellationToken).ConfigureAwait(false);
            await Text(writer, forwarded.Item1, cancellationToken).ConfigureAwait(false);
            await Text(writer, forwarded.Item2, cancellationToken).ConfigureAwait(false);
            await Text(writer, post?.ReplyTo, cancellationToken).ConfigureAwait(false);
            await Time(writer, post?.Edited, cancellationToken).ConfigureAwait(false);
            await Time(writer, post?.Fetched, cancellationToken).ConfigureAwait(false);
            await Nullable(writer, post?.Location?.Latitude, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await Nullable(writer, post?.Location?.Longitude, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return media;
    }

    private static async Task CopyMediaAsync(NpgsqlConnection connection, IReadOnlyList<ReportToStore> reports, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY staged_media (report_id, position, kind, reference, mime_type, size, sha256) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var (report, _) in reports)
        {
            if (report.Post is not { } post)
            {
                continue;
            }

            for (var i = 0; i < post.Media.Count; i++)
            {
                var item = post.Media[i];
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await Text(writer, report.Id, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await Text(writer, item.Kind, cancellationToken).ConfigureAwait(false);
                await Text(writer, item.Reference, cancellationToken).ConfigureAwait(false);
                await Text(writer, item.MimeType, cancellationToken).ConfigureAwait(false);
                await Nullable(writer, item.Size, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await Text(writer, item.Sha256, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task Text(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task Time(NpgsqlBinaryImporter writer, DateTimeOffset? value, CancellationToken cancellationToken) =>
        value is { } v ? writer.WriteAsync(PostgresValues.Utc(v), NpgsqlDbType.TimestampTz, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    private static Task Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);
}
