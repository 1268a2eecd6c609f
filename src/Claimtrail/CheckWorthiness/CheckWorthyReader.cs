using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Evaluation;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// Reads check-worthiness data, JSON Lines, in either public format: CheckThat! 2019 Task 1
/// (<c>{id, sentence, label, doc_id, line_number, …}</c>) or ClaimBuster (<c>{id, sentence, label, sentence_id, doc_group}</c>).
/// A record with a <c>doc_id</c> is CheckThat!; <c>label</c> is 0 or 1. A malformed line is handed to the caller
/// with file and line, and reading goes on.
/// </summary>
public static class CheckWorthyReader
{
    /// <summary>Reads the records of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a folder, or cannot be opened.</exception>
    public static IReadOnlyList<CheckWorthyRecord> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.ReadFile(path, Parse, onMalformed, cancellationToken)];

    /// <summary>Reads the records of <paramref name="stream"/> (UTF-8); <paramref name="input"/> names it in errors.</summary>
    public static IReadOnlyList<CheckWorthyRecord> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.Read(stream, input, Parse, onMalformed, cancellationToken)];

    private static CheckWorthyRecord Parse(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("a record is a JSON object");
        }

        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : idValue.GetRawText()
            : throw new InvalidDataException("missing \"id\"");
        var sentence = root.TryGetProperty("sentence", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : throw new InvalidDataException($"{id}: missing string \"sentence\"");
        var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var n) && n is 0 or 1
            ? n == 1
            : throw new InvalidDataException($"{id}: \"label\" must be 0 or 1");
        var doc = root.TryGetProperty("doc_id", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var group = root.TryGetProperty("doc_group", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
        var position = root.TryGetProperty("line_number", out var line) && line.TryGetInt64(out var ln) ? ln
            : root.TryGetProperty("sentence_id", out var sid) && sid.ValueKind == JsonValueKind.Number && sid.TryGetInt64(out var si) ? si : 0;
        return new CheckWorthyRecord(id, sentence, label, doc, group, position);
    }
}
