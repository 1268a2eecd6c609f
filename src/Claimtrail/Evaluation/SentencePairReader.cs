using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Evaluation;

/// <summary>
/// Reads sentence pairs in JSON Lines, one <c>{id, a, b, same, group}</c> object a line (the format of
/// the claim-matching and paraphrase sets). Streamed; a malformed line is handed to the caller as an
/// <see cref="InputException"/> naming the file and line, and reading goes on. Blank lines are skipped.
/// A pair marked <c>label_conflict: true</c> is read as a match, as the data's README allows.
/// </summary>
public static class SentencePairReader
{
    /// <summary>Reads the pairs of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a folder, or cannot be opened or read.</exception>
    public static IEnumerable<SentencePair> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        JsonLines.ReadFile(path, Parse, onMalformed, cancellationToken);

    /// <summary>Reads the pairs of <paramref name="stream"/> (UTF-8, left open); <paramref name="input"/> names it in errors.</summary>
    public static IEnumerable<SentencePair> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        JsonLines.Read(stream, input, Parse, onMalformed, cancellationToken);

    private static SentencePair Parse(ReadOnlyMemory<byte> line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("expected a JSON object");
        }

        var id = String(root, "id", "pair");
        var a = String(root, "a", id);
        var b = String(root, "b", id);
        if (!root.TryGetProperty("same", out var same) || same.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new InvalidDataException($"{id}: 'same' is missing or not true/false");
        }

        var group = root.TryGetProperty("group", out var groupElement) && groupElement.ValueKind == JsonValueKind.String
            ? groupElement.GetString()
            : null;
        var conflict = root.TryGetProperty("label_conflict", out var conflictElement) && conflictElement.ValueKind == JsonValueKind.True;
        return new SentencePair(id, a, b, same.GetBoolean() || conflict, group);
    }

    private static string String(JsonElement root, string name, string where) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new InvalidDataException($"{where}: '{name}' is missing or not a string");
}
