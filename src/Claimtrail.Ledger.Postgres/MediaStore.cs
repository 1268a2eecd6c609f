using Claimtrail.Fingerprints;
using Npgsql;
using NpgsqlTypes;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Media files and their appearances on one pooled connection.</summary>
internal sealed class MediaStore(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    // jsonb reads back as text for the engine-neutral reader.
    private static readonly string MediaColumns = MediaRows.Columns.Replace("m.crop_phashes, m.frames, m.metadata", "m.crop_phashes::text, m.frames::text, m.metadata::text", StringComparison.Ordinal);

    private static readonly string FingerprintColumns = MediaRows.FingerprintColumns.Replace("m.crop_phashes, m.frames, '{}'", "m.crop_phashes::text, m.frames::text, '{}'::text", StringComparison.Ordinal);

    private const string SightingColumns = "s.sha256, s.reference, s.seen_at, s.report_id, r.published, r.published_offset";

    public async Task<bool> StoreAsync(MediaRecord media, MediaSighting sighting)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO media (sha256, kind, mime_type, size, width, height, duration, phash, mirror_phash, crop_phashes, frames, metadata, created)
            VALUES (@sha256, @kind, @mime, @size, @width, @height, @duration, @phash, @mirror, @crops, @frames, @metadata, @created)
            ON CONFLICT (sha256) DO NOTHING
            """,
            connection,
            transaction))
        {
            insert.Parameters.AddWithValue("sha256", media.Sha256);
            insert.Parameters.AddWithValue("kind", PostgresValues.Name(media.Kind));
            insert.Parameters.AddWithValue("mime", media.MimeType);
            insert.Parameters.AddWithValue("size", media.Size);
            insert.Parameters.Add(new NpgsqlParameter("width", NpgsqlDbType.Integer) { Value = (object?)media.Width ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("height", NpgsqlDbType.Integer) { Value = (object?)media.Height ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("duration", NpgsqlDbType.Double) { Value = (object?)media.Duration ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("phash", NpgsqlDbType.Text) { Value = (object?)media.Hash?.ToString() ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("mirror", NpgsqlDbType.Text) { Value = (object?)media.MirrorHash?.ToString() ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("crops", NpgsqlDbType.Jsonb) { Value = PostgresValues.Json(media.CropHashes) });
            insert.Parameters.Add(new NpgsqlParameter("frames", NpgsqlDbType.Jsonb) { Value = PostgresValues.Json(media.Frames) });
            insert.Parameters.Add(new NpgsqlParameter("metadata", NpgsqlDbType.Jsonb) { Value = PostgresValues.Json(media.Metadata) });
            insert.Parameters.AddWithValue("created", PostgresValues.Utc(LedgerTime.Stamp(sighting.SeenAt)));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int added;
        await using (var link = new NpgsqlCommand(
            "INSERT INTO media_sightings (sha256, reference, report_id, seen_at) VALUES (@sha256, @reference, @report, @seen) ON CONFLICT DO NOTHING",
            connection,
            transaction))
        {
            link.Parameters.AddWithValue("sha256", media.Sha256);
            link.Parameters.AddWithValue("reference", sighting.Reference);
            link.Parameters.Add(new NpgsqlParameter("report", NpgsqlDbType.Text) { Value = (object?)sighting.ReportId ?? DBNull.Value });
            link.Parameters.AddWithValue("seen", PostgresValues.Utc(LedgerTime.Stamp(sighting.SeenAt)));
            added = await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added == 1;
    }

    public async Task<MediaDetail?> GetAsync(string sha256)
    {
        var media = await ReadMediaAsync("WHERE m.sha256 = @sha256", sha256).ConfigureAwait(false);
        if (media.Count == 0)
        {
            return null;
        }

        return new MediaDetail(media[0], await ReadSightingsAsync("WHERE s.sha256 = @sha256", sha256).ConfigureAwait(false));
    }

    public async Task<List<MediaDetail>> ListAsync()
    {
        var media = await ReadMediaAsync(string.Empty, null).ConfigureAwait(false);
        var sightings = (await ReadSightingsAsync(string.Empty, null).ConfigureAwait(false)).ToLookup(s => s.Sha256, StringComparer.Ordinal);
        return [.. media.Select(m => new MediaDetail(m, [.. sightings[m.Sha256]]))];
    }

    public Task<List<MediaRecord>> ListFingerprintsAsync() =>
        ReadAsync($"SELECT {FingerprintColumns} FROM media m ORDER BY m.seq", null, MediaRows.Read);

    private Task<List<MediaRecord>> ReadMediaAsync(string where, string? sha256) =>
        ReadAsync($"SELECT {MediaColumns} FROM media m {where} ORDER BY m.seq", sha256, MediaRows.Read);

    private Task<List<MediaSighting>> ReadSightingsAsync(string where, string? sha256) =>
        ReadAsync($"SELECT {SightingColumns} FROM media_sightings s LEFT JOIN reports r ON r.id = s.report_id {where} ORDER BY s.seq", sha256, reader =>
            new MediaSighting(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2))
            {
                ReportId = reader.IsDBNull(3) ? null : reader.GetString(3),
                Published = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4).ToOffset(TimeSpan.FromMinutes(reader.IsDBNull(5) ? 0 : reader.GetInt32(5))),
            });

    private async Task<List<T>> ReadAsync<T>(string sql, string? sha256, Func<NpgsqlDataReader, T> read)
    {
        var rows = new List<T>();
        await using var command = new NpgsqlCommand(sql, connection);
        if (sha256 is not null)
        {
            command.Parameters.AddWithValue("sha256", sha256);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
