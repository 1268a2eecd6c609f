using Claimtrail.Geo;
using Npgsql;

namespace Claimtrail.Ledger.Postgres;

/// <summary>The desk gazetteer and the pending places on one pooled connection.</summary>
internal sealed class DeskPlaceStore(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    public async Task<bool> AddAsync(DeskPlace place)
    {
        // xmax is 0 on a freshly inserted row and the updating transaction's id on an updated one.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO desk_places (name_key, within_key, name, within, latitude, longitude, precision, note, added_by)
            VALUES (@name_key, @within_key, @name, @within, @lat, @lon, @precision, @note, @added_by)
            ON CONFLICT (name_key, within_key) DO UPDATE SET
                name = excluded.name, within = excluded.within, latitude = excluded.latitude, longitude = excluded.longitude,
                precision = excluded.precision, note = excluded.note, added_by = excluded.added_by
            RETURNING (xmax = 0)
            """,
            connection);
        command.Parameters.AddWithValue("name_key", PlaceNames.Key(place.Name));
        command.Parameters.AddWithValue("within_key", place.Within is null ? string.Empty : PlaceNames.Key(place.Within));
        command.Parameters.AddWithValue("name", place.Name);
        command.Parameters.AddWithValue("within", NpgsqlTypes.NpgsqlDbType.Text, (object?)place.Within ?? DBNull.Value);
        command.Parameters.AddWithValue("lat", place.Point.Latitude);
        command.Parameters.AddWithValue("lon", place.Point.Longitude);
        command.Parameters.AddWithValue("precision", PostgresValues.Name(place.Precision));
        command.Parameters.AddWithValue("note", NpgsqlTypes.NpgsqlDbType.Text, (object?)place.Note ?? DBNull.Value);
        command.Parameters.AddWithValue("added_by", NpgsqlTypes.NpgsqlDbType.Text, (object?)place.AddedBy ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    public async Task<List<DeskPlace>> ListAsync()
    {
        await using var command = new NpgsqlCommand("SELECT " + DeskPlaceRows.Columns + " FROM desk_places", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await DeskPlaceRows.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PendingPlace>> ListPendingAsync()
    {
        var pending = new PendingPlaces();
        await using (var command = new NpgsqlCommand(
            """
            SELECT m.id, m.report_id, r.ingested_at, m.places::text,
                   array(SELECT cm.claim_id FROM claim_mentions cm WHERE cm.mention_id = m.id)
              FROM mentions m JOIN reports r ON r.id = m.report_id
             WHERE m.places @> '[{"geo":{"pending":true}}]'
            """,
            connection))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pending.Add(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetFieldValue<string[]>(4));
            }
        }

        return pending.ToList(new InMemoryDeskGazetteer(await ListAsync().ConfigureAwait(false)));
    }
}
