using System.Text;
using System.Text.Json;
using Claimtrail.Model;

namespace Claimtrail.Geo.GeoJson;

/// <summary>
/// Writes claims by place as an RFC 7946 GeoJSON FeatureCollection: one Point feature per claim and place
/// (coordinates [longitude, latitude], WGS 84, at most 5 decimals ≈ 1 m), with the claim's id, text, status and
/// sources and the placement's precision, confidence and origin in its properties. A claim placed only at
/// country precision is marked <c>"countryPrecision": true</c>; a place awaiting geolocation stands at the point
/// of the place it lies in, marked <c>"pendingGeolocation": true</c>. Places with no point are left out.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>The attribution every export carries in its <c>attribution</c> member (a foreign member, allowed by RFC 7946 §6.1).</summary>
    public const string Attribution = "Places from GeoNames (www.geonames.org), CC BY 4.0, modified; see Claimtrail's gazetteer ATTRIBUTION.md.";

    /// <summary>Writes the FeatureCollection of <paramref name="claims"/> to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<GeoClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claims);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteString("attribution", Attribution);
        writer.WriteStartArray("features");
        foreach (var claim in claims)
        {
            var seen = new HashSet<(string, double, double)>();
            var n = 0;
            foreach (var place in claim.Places)
            {
                if (place.Point is not { } point || !seen.Add((PlaceNames.Key(place.Place.Name), point.Latitude, point.Longitude)))
                {
                    continue;
                }

                n++;
                WriteFeature(writer, claim, place, point, n);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes the FeatureCollection as UTF-8 to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(Stream stream, IEnumerable<GeoClaim> claims, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(writer, claims);
    }

    /// <summary>The FeatureCollection as a string.</summary>
    public static string ToJson(IEnumerable<GeoClaim> claims, bool indented = false)
    {
        using var buffer = new MemoryStream();
        Write(buffer, claims, indented);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteFeature(Utf8JsonWriter writer, GeoClaim claim, ResolvedPlace place, GeoPoint point, int n)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", claim.Id + "/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(Math.Round(point.Longitude, 5));
        writer.WriteNumberValue(Math.Round(point.Latitude, 5));
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("properties");
        writer.WriteString("claimId", claim.Id);
        writer.WriteString("claim", claim.Text);
        writer.WriteString("status", JsonNamingPolicy.SnakeCaseLower.ConvertName(claim.Status.ToString()));
        writer.WriteStartArray("sources");
        foreach (var source in claim.Sources)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        writer.WriteString("place", place.Place.Name);
        if (place.Place.Within is { } within)
        {
            writer.WriteString("within", within);
        }

        writer.WriteString("precision", JsonNamingPolicy.SnakeCaseLower.ConvertName(place.Precision.ToString()));
        writer.WriteBoolean("countryPrecision", place.Precision == PlacePrecision.Country);
        writer.WriteBoolean("pendingGeolocation", place.PendingGeolocation);
        writer.WriteNumber("confidence", place.Confidence);
        writer.WriteString("placedBy", JsonNamingPolicy.SnakeCaseLower.ConvertName(place.Resolution.ToString()));
        if (place.Entry is { } entry)
        {
            writer.WriteString("gazetteerId", entry.Id);
            writer.WriteString("gazetteerName", entry.Name);
            writer.WriteString("countryCode", entry.CountryCode);
        }

        if (place.Desk?.Note is { } note)
        {
            writer.WriteString("deskNote", note);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
