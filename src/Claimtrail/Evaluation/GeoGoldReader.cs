using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Geo;

namespace Claimtrail.Evaluation;

/// <summary>
/// Reads the geocoding gold set, JSON Lines, one mention a line:
/// <c>{"id", "text", "mention", "within"?: string, "expect": {"name", "cc", "kind": "city"|"region"|"country", "lat", "lon", "gid"?} | "unresolved"}</c>.
/// A malformed line is handed to the caller with file and line, and reading goes on; blank lines are skipped.
/// </summary>
public static class GeoGoldReader
{
    /// <summary>Reads the items of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing or cannot be opened.</exception>
    public static IReadOnlyList<GeoGoldItem> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(onMalformed);
        if (!File.Exists(path))
        {
            throw new InputException(path, Directory.Exists(path) ? "is a folder, not a JSON Lines file" : "no such file");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, onMalformed, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be read: " + ex.Message, innerException: ex);
        }
    }

    /// <summary>Reads the items of <paramref name="stream"/> (UTF-8); <paramref name="input"/> names it in errors.</summary>
    public static IReadOnlyList<GeoGoldItem> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(onMalformed);
        var items = new List<GeoGoldItem>();
        foreach (var (number, bytes) in JsonLines.Split(stream, cancellationToken))
        {
            if (bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            try
            {
                items.Add(Parse(bytes));
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or InvalidOperationException or FormatException)
            {
                onMalformed(new InputException(input, ex.Message, "line " + number.ToString(CultureInfo.InvariantCulture), ex));
            }
        }

        return items;
    }

    private static GeoGoldItem Parse(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var id = Required(root, "id");
        var text = Required(root, "text");
        var mention = Required(root, "mention");
        if (!text.Contains(mention, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{id}: mention \"{mention}\" is not in the text");
        }

        var within = root.TryGetProperty("within", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
        if (!root.TryGetProperty("expect", out var expect))
        {
            throw new InvalidDataException($"{id}: no \"expect\"");
        }

        GeoGoldExpectation? expected = null;
        if (expect.ValueKind == JsonValueKind.String)
        {
            if (expect.GetString() != "unresolved")
            {
                throw new InvalidDataException($"{id}: \"expect\" is an object or \"unresolved\"");
            }
        }
        else
        {
            var precision = Required(expect, "kind") switch
            {
                "city" => PlacePrecision.City,
                "region" => PlacePrecision.Region,
                "country" => PlacePrecision.Country,
                var other => throw new InvalidDataException($"{id}: unknown kind \"{other}\""),
            };
            expected = new GeoGoldExpectation(
                Required(expect, "name"),
                Required(expect, "cc"),
                precision,
                new GeoPoint(expect.GetProperty("lat").GetDouble(), expect.GetProperty("lon").GetDouble()),
                expect.TryGetProperty("gid", out var gid) && gid.ValueKind == JsonValueKind.String ? gid.GetString() : null);
        }

        return new GeoGoldItem(id, text, mention, within, expected);
    }

    private static string Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"missing string \"{name}\"");
}
