using Claimtrail.Fingerprints;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Media files and their appearances on the ledger's connection (the caller holds the gate).</summary>
internal sealed class MediaStore(SqliteConnection connection, CancellationToken cancellationToken)
{
    private const string MediaColumns = MediaRows.Columns;

    private const string FingerprintColumns = MediaRows.FingerprintColumns;

    private const string SightingColumns = "s.sha256, s.reference, s.seen_at, s.report_id, r.published";

    public async Task<bool> StoreAsync(MediaRecord media, MediaSighting sighting)
    {
        // IMMEDIATE: the record and its appearance are written together or not at all.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO media (sha256, kind, mime_type, size, width, height, duration, phash, mirror_phash, crop_phashes, frames, metadata, created)
                VALUES ($sha256, $kind, $mime, $size, $width, $height, $duration, $phash, $mirror, $crops, $frames, $metadata, $created)
                ON CONFLICT (sha256) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$sha256", media.Sha256);
            insert.Parameters.AddWithValue("$kind", SqliteValues.Name(media.Kind));
            insert.Parameters.AddWithValue("$mime", media.MimeType);
            insert.Parameters.AddWithValue("$size", media.Size);
            insert.Parameters.AddWithValue("$width", (object?)media.Width ?? DBNull.Value);
            insert.Parameters.AddWithValue("$height", (object?)media.Height ?? DBNull.Value);
            insert.Parameters.AddWithValue("$duration", (object?)media.Duration ?? DBNull.Value);
            insert.Parameters.AddWithValue("$phash", (object?)media.Hash?.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$mirror", (object?)media.MirrorHash?.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$crops", SqliteValues.Json(media.CropHashes));
            insert.Parameters.AddWithValue("$frames", SqliteValues.Json(media.Frames));
            insert.Parameters.AddWithValue("$metadata", SqliteValues.Json(media.Metadata));
            insert.Parameters.AddWithValue("$created", SqliteValues.Time(LedgerTime.Stamp(sighting.SeenAt)));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int added;
        await using (var link = connection.CreateCommand())
        {
            link.Transaction = transaction;
            link.CommandText = """
                INSERT INTO media_sightings (sha256, reference, report_id, seen_at) VALUES ($sha256, $reference, $report, $seen)
                ON CONFLICT DO NOTHING
                """;
            link.Parameters.AddWithValue("$sha256", media.Sha256);
            link.Parameters.AddWithValue("$reference", sighting.Reference);
            link.Parameters.AddWithValue("$report", (object?)sighting.ReportId ?? DBNull.Value);
            link.Parameters.AddWithValue("$seen", SqliteValues.Time(LedgerTime.Stamp(sighting.SeenAt)));
            added = await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added == 1;
    }

    public async Task<MediaDetail?> GetAsync(string sha256)
    {
        var media = await ReadMediaAsync("WHERE m.sha256 = $sha256", sha256).ConfigureAwait(false);
        if (media.Count == 0)
        {
            return null;
        }

        var sightings = await ReadSightingsAsync("WHERE s.sha256 = $sha256", sha256).ConfigureAwait(false);
        return new MediaDetail(media[0], sightings);
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
            new MediaSighting(reader.GetString(0), reader.GetString(1), SqliteValues.ParseTime(reader.GetString(2)))
            {
                ReportId = reader.IsDBNull(3) ? null : reader.GetString(3),
                Published = reader.IsDBNull(4) ? null : SqliteValues.ParseTime(reader.GetString(4)),
            });

    private async Task<List<T>> ReadAsync<T>(string sql, string? sha256, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sha256 is not null)
        {
            command.Parameters.AddWithValue("$sha256", sha256);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
