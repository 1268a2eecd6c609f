using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Evaluation;

/// <summary>
/// Reads the relay-chain gold set, JSON Lines, one case a line:
/// <c>{"id", "construction", "text", "content", "speaker", "chain": [{"source", "cue"}, …]}</c>, chain nearest the report first.
/// A malformed line is handed to the caller with file and line, and reading goes on; blank lines are skipped.
/// </summary>
public static class RelayGoldReader
{
    /// <summary>Reads the cases of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a folder, or cannot be opened.</exception>
    public static IReadOnlyList<RelayGoldCase> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.ReadFile(path, Parse, onMalformed, cancellationToken)];

    /// <summary>Reads the cases of <paramref name="stream"/> (UTF-8); <paramref name="input"/> names it in errors.</summary>
    public static IReadOnlyList<RelayGoldCase> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default) =>
        [.. JsonLines.Read(stream, input, Parse, onMalformed, cancellationToken)];

    private static RelayGoldCase Parse(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("a case is a JSON object");
        }

        var id = GoldFields.Required(root, "id");
        var text = GoldFields.Required(root, "text");
        var content = GoldFields.Required(root, "content");
        GoldFields.RequireInText(id, text, content, "content");
        var chain = new List<RelayGoldLink>();
        foreach (var link in GoldFields.Array(root, "chain", required: true))
        {
            if (link.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{id}: a chain link is an object {{source, cue}}");
            }

            chain.Add(new RelayGoldLink(GoldFields.Required(link, "source"), GoldFields.Required(link, "cue")));
        }

        return new RelayGoldCase(id, GoldFields.Optional(root, "construction") ?? "unspecified", text, content, GoldFields.Required(root, "speaker"), chain);
    }
}
