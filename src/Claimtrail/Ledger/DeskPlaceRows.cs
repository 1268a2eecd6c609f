using System.Data.Common;
using Claimtrail.Geo;

namespace Claimtrail.Ledger;

/// <summary>
/// The <c>desk_places</c> rows as both engines read them: the columns
/// <c>name_key, within_key, name, within, latitude, longitude, precision, note, added_by</c>, in that order.
/// </summary>
public static class DeskPlaceRows
{
    /// <summary>The columns, in the order <see cref="ReadAllAsync"/> expects.</summary>
    public const string Columns = "name_key, within_key, name, within, latitude, longitude, precision, note, added_by";

    /// <summary>
    /// Every row of <paramref name="reader"/> as a placement, by name key then containing-place key (ordinal, so both
    /// engines list them alike whatever their collation).
    /// </summary>
    public static async Task<List<DeskPlace>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var places = new List<(string NameKey, string WithinKey, DeskPlace Place)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            places.Add((reader.GetString(0), reader.GetString(1), new DeskPlace(
                reader.GetString(2),
                new GeoPoint(reader.GetDouble(4), reader.GetDouble(5)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                Enum.Parse<PlacePrecision>(reader.GetString(6), ignoreCase: true),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8))));
        }

        return [.. places.OrderBy(p => p.NameKey, StringComparer.Ordinal).ThenBy(p => p.WithinKey, StringComparer.Ordinal).Select(p => p.Place)];
    }
}
