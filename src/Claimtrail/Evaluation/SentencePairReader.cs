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
    public static IEnumerable<SentencePair> ReadFile(string path, Action<InputException> onMalformed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(onMalformed);
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a JSON Lines file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        return ReadFileLines(path, onMalformed, cancellationToken);
    }

    /// <summary>Reads the pairs of <paramref name="stream"/> (UTF-8, left open); <paramref name="input"/> names it in errors.</summary>
    public static IEnumerable<SentencePair> Read(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(onMalformed);
        return ReadLines(stream, input, onMalformed, cancellationToken);
    }

    private static IEnumerable<SentencePair> ReadFileLines(string path, Action<InputException> onMalformed, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be opened: " + ex.Message, innerException: ex);
        }

        using (stream)
        {
            foreach (var pair in ReadLines(stream, path, onMalformed, cancellationToken))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<SentencePair> ReadLines(Stream stream, string input, Action<InputException> onMalformed, CancellationToken cancellationToken)
    {
        using var lines = JsonLines.Split(stream, cancellationToken).GetEnumerator();
        while (true)
        {
            int number;
            ReadOnlyMemory<byte> bytes;
            try
            {
                if (!lines.MoveNext())
                {
                    yield break;
                }

                (number, bytes) = lines.Current;
            }
            catch (IOException ex)
            {
                throw new InputException(input, "cannot be read: " + ex.Message, innerException: ex);
            }

            if (bytes.Span.TrimStart(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            SentencePair? pair = null;
            try
            {
                pair = Parse(bytes);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                onMalformed(new InputException(input, ex.Message, "line " + number.ToString(CultureInfo.InvariantCulture), ex));
            }

            if (pair is not null)
            {
                yield return pair;
            }
        }
    }

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
