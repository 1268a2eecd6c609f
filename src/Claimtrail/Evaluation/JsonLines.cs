using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Evaluation;

/// <summary>
/// Splits a UTF-8 stream into lines of raw bytes without decoding them, so that a parser can check
/// each line's UTF-8 and JSON itself and a bad line costs only that line.
/// </summary>
internal static class JsonLines
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Yields each line (1-based number, bytes without the line break); the bytes are valid until the next line is read.</summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Bytes)> Split(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0, number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                number++;
                yield return (number, Trim(buffer.AsMemory(start, newline), number));
                start += newline + 1;
                continue;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                // A line longer than the buffer: grow rather than split it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    number++;
                    yield return (number, Trim(buffer.AsMemory(start, end - start), number));
                }

                yield break;
            }

            end += read;
        }
    }

    // Drops a Windows line ending and, on the first line, a UTF-8 byte order mark.
    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line, int number)
    {
        if (number == 1 && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        return line.Span.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']) ? line[..^1] : line;
    }

    public static IEnumerable<T> ReadFile<T>(string path, Func<ReadOnlyMemory<byte>, T> parse, Action<InputException> onMalformed, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(onMalformed);
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a JSON Lines file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        return ReadFileLines(path, parse, onMalformed, cancellationToken);
    }

    /// <summary>Reads the records of <paramref name="stream"/> (UTF-8, left open); <paramref name="input"/> names it in errors.</summary>
    public static IEnumerable<T> Read<T>(Stream stream, string input, Func<ReadOnlyMemory<byte>, T> parse, Action<InputException> onMalformed, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(onMalformed);
        return ReadLines(stream, input, parse, onMalformed, cancellationToken);
    }

    private static IEnumerable<T> ReadFileLines<T>(string path, Func<ReadOnlyMemory<byte>, T> parse, Action<InputException> onMalformed, CancellationToken cancellationToken)
        where T : class
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
            foreach (var record in ReadLines(stream, path, parse, onMalformed, cancellationToken))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<T> ReadLines<T>(Stream stream, string input, Func<ReadOnlyMemory<byte>, T> parse, Action<InputException> onMalformed, CancellationToken cancellationToken)
        where T : class
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

            T? record = null;
            try
            {
                record = parse(bytes);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                onMalformed(new InputException(input, ex.Message, "line " + number.ToString(CultureInfo.InvariantCulture), ex));
            }

            if (record is not null)
            {
                yield return record;
            }
        }
    }
}
