using Claimtrail.Geo;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>The desk gazetteer and the pending places on the ledger's connection (the caller holds the gate).</summary>
internal sealed class DeskPlaceStore(SqliteConnection connection, CancellationToken cancellationToken)
{
    public async Task<bool> AddAsync(DeskPlace place)
    {
        var nameKey = PlaceNames.Key(place.Name);
        var withinKey = place.Within is null ? string.Empty : PlaceNames.Key(place.Within);
        await using var transaction = connection.BeginTransaction(deferred: false);
        bool existed;
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = "SELECT 1 FROM desk_places WHERE name_key = $name_key AND within_key = $within_key";
            find.Parameters.AddWithValue("$name_key", nameKey);
            find.Parameters.AddWithValue("$within_key", withinKey);
            existed = await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
        }

        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText =
                """
                INSERT INTO desk_places (name_key, within_key, name, within, latitude, longitude, precision, note, added_by)
                VALUES ($name_key, $within_key, $name, $within, $lat, $lon, $precision, $note, $added_by)
                ON CONFLICT (name_key, within_key) DO UPDATE SET
                    name = excluded.name, within = excluded.within, latitude = excluded.latitude, longitude = excluded.longitude,
                    precision = excluded.precision, note = excluded.note, added_by = excluded.added_by
                """;
            upsert.Parameters.AddWithValue("$name_key", nameKey);
            upsert.Parameters.AddWithValue("$within_key", withinKey);
            upsert.Parameters.AddWithValue("$name", place.Name);
            upsert.Parameters.AddWithValue("$within", (object?)place.Within ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$lat", place.Point.Latitude);
            upsert.Parameters.AddWithValue("$lon", place.Point.Longitude);
            upsert.Parameters.AddWithValue("$precision", SqliteValues.Name(place.Precision));
            upsert.Parameters.AddWithValue("$note", (object?)place.Note ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$added_by", (object?)place.AddedBy ?? DBNull.Value);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return !existed;
    }

    public async Task<List<DeskPlace>> ListAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + DeskPlaceRows.Columns + " FROM desk_places";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await DeskPlaceRows.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PendingPlace>> ListPendingAsync()
    {
        var pending = new PendingPlaces();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                """
                SELECT m.id, m.report_id, r.ingested_at, m.places,
                       (SELECT group_concat(cm.claim_id, char(31)) FROM claim_mentions cm WHERE cm.mention_id = m.id)
                  FROM mentions m JOIN reports r ON r.id = m.report_id
                 WHERE EXISTS (SELECT 1 FROM json_each(m.places) p WHERE json_extract(p.value, '$.geo.pending') = 1)
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var claims = reader.IsDBNull(4) ? [] : reader.GetString(4).Split('\u001f');
                pending.Add(reader.GetString(0), reader.GetString(1), SqliteValues.ParseTime(reader.GetString(2)), reader.GetString(3), claims);
            }
        }

        return pending.ToList(new InMemoryDeskGazetteer(await ListAsync().ConfigureAwait(false)));
    }
}
