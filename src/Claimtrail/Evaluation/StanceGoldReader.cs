using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Evaluation;

/// <summary>
/// Reads the stance gold set, JSON Lines, one case a line:
/// <c>{"id", "text", "content"?, "stance": "asserts"|"denies"|…, "hedges": ["…"]}</c>.
/// A malformed line is handed to the caller with file and line, and reading goes on; blank lines are skipped.
/// </summary>
public static class StanceGoldReader
{
    /// <summary>Reads the cases of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a folder, or cannot be opened.</exception>
    public static IReadOnlyList<StanceGoldCase> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.ReadFile(path, Parse, onMalformed, cancellationToken)];

    /// <summary>Reads the cases of <paramref name="stream"/> (UTF-8); <paramref name="input"/> names it in errors.</summary>
    public static IReadOnlyList<StanceGoldCase> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.Read(stream, input, Parse, onMalformed, cancellationToken)];

    private static StanceGoldCase Parse(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("a case is a JSON object");
        }

        var id = GoldFields.Required(root, "id");
        var text = GoldFields.Required(root, "text");
        var content = GoldFields.Optional(root, "content");
        if (content is not null)
        {
            GoldFields.RequireInText(id, text, content, "content");
        }

        var name = GoldFields.Required(root, "stance");
        var stance = StanceNames.Parse(name) ?? throw new InvalidDataException($"{id}: unknown stance \"{name}\" (one of {string.Join(", ", StanceNames.All.Select(StanceNames.Name))})");
        var hedges = new List<string>();
        foreach (var hedge in GoldFields.Array(root, "hedges", required: false))
        {
            if (hedge.ValueKind != JsonValueKind.String || hedge.GetString() is not { Length: > 0 } h)
            {
                throw new InvalidDataException($"{id}: a hedge is a non-empty string");
            }

            GoldFields.RequireInText(id, text, h, "hedge");
            hedges.Add(h);
        }

        return new StanceGoldCase(id, text, content, stance, hedges);
    }
}
