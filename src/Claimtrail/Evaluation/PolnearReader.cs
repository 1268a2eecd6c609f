using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Text;

namespace Claimtrail.Evaluation;

/// <summary>
/// Reads attribution gold data in the PolNeAR JSON Lines format, one document a line:
/// <c>{doc_id, text, attributions: [{id, source: span | null, cue: span, content: span, nested_in}]}</c>
/// with <c>span = {text, start, end, fragments: [[start, end], …]}</c>.
/// </summary>
/// <remarks>
/// Offsets in the file are Unicode code points with exclusive ends; they are converted to UTF-16
/// offsets (identical when the text has no characters outside the Basic Multilingual Plane).
/// The file is streamed: one line is parsed at a time. A malformed line (invalid UTF-8 or JSON, a
/// missing field, an offset outside the text) is handed to the caller as an
/// <see cref="InputException"/> naming the file and line, and reading goes on with the next line.
/// Blank lines are skipped.
/// </remarks>
public static class PolnearReader
{
    /// <summary>Reads the documents of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The JSON Lines file.</param>
    /// <param name="onMalformed">Called, in line order, for each line that cannot be read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="InputException">The file is missing, a folder, or cannot be read.</exception>
    public static IEnumerable<GoldDocument> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        JsonLines.ReadFile(path, Parse, onMalformed, cancellationToken);

    /// <summary>Reads the documents of <paramref name="stream"/>, which is read as UTF-8 and left open.</summary>
    /// <param name="stream">The JSON Lines bytes.</param>
    /// <param name="input">The name errors give for the input (a file path).</param>
    /// <param name="onMalformed">Called, in line order, for each line that cannot be read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static IEnumerable<GoldDocument> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        JsonLines.Read(stream, input, Parse, onMalformed, cancellationToken);

    private static GoldDocument Parse(ReadOnlyMemory<byte> line)
    {
        // JsonDocument rejects invalid UTF-8 itself, so a bad byte is a bad line, not a replaced character.
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("expected a JSON object");
        }

        var id = RequiredString(root, "doc_id", "document");
        var text = RequiredString(root, "text", id);
        var offsets = CodePointOffsets.For(text);
        if (!root.TryGetProperty("attributions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{id}: 'attributions' is missing or not an array");
        }

        var attributions = new List<GoldAttribution>(list.GetArrayLength());
        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            position++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{id}: attribution {position} is not an object");
            }

            var name = item.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()!
                : "#" + position.ToString(CultureInfo.InvariantCulture);
            var where = $"{id}: attribution {name}";
            GoldSpan? source = null;
            if (item.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind != JsonValueKind.Null)
            {
                source = Span(sourceElement, offsets, $"{where} source");
            }

            var cue = Span(Required(item, "cue", where), offsets, $"{where} cue");
            var content = Span(Required(item, "content", where), offsets, $"{where} content");
            attributions.Add(new GoldAttribution(name, source, cue, content));
        }

        return new GoldDocument(id, text, attributions);
    }

    private static GoldSpan Span(JsonElement element, CodePointOffsets offsets, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where} is not a span object");
        }

        var text = element.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
            ? textElement.GetString()!
            : string.Empty;
        var fragments = new List<TextSpan>();
        if (element.TryGetProperty("fragments", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var pair in list.EnumerateArray())
            {
                if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                {
                    throw new InvalidDataException($"{where}: a fragment is not a [start, end] pair");
                }

                fragments.Add(Range(Offset(pair[0], where), Offset(pair[1], where), offsets, where));
            }
        }

        if (fragments.Count == 0)
        {
            // No fragments listed: the span is contiguous and start/end describe it.
            fragments.Add(Range(Offset(Required(element, "start", where), where), Offset(Required(element, "end", where), where), offsets, where));
        }

        return new GoldSpan(text, fragments);
    }

    private static TextSpan Range(int start, int end, CodePointOffsets offsets, string where)
    {
        if (start < 0 || end < start || end > offsets.Length)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{where}: range [{start}, {end}) lies outside the text (length {offsets.Length})"));
        }

        return new TextSpan(offsets.ToUtf16(start), offsets.ToUtf16(end));
    }

    private static int Offset(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new InvalidDataException($"{where}: an offset is not an integer");

    private static JsonElement Required(JsonElement parent, string property, string where) =>
        parent.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new InvalidDataException($"{where}: '{property}' is missing");

    private static string RequiredString(JsonElement parent, string property, string where)
    {
        var value = Required(parent, property, where);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: '{property}' is not a string");
    }
}
