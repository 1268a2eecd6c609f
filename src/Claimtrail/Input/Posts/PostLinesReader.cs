using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Model;

namespace Claimtrail.Input.Posts;

/// <summary>
/// Reads JSON Lines of posts from other collectors, one post a line:
/// <c>{id, platform, url, author, published, text, forwarded_from?, reply_to?, media?: [{kind, url, sha256?}]}</c>.
/// Streamed a line at a time (a line over the record cap is rejected and skipped, never held whole); a line that
/// is not a valid post is rejected with the file and line number and the rest goes on. Blank lines are ignored.
/// </summary>
public static class PostLinesReader
{
    private const int Chunk = 256 * 1024;

    /// <summary>The items of the JSONL file at <paramref name="path"/>.</summary>
    public static async IAsyncEnumerable<InputItem> ReadAsync(string path, DocumentReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var stream = SourceFiles.Open(path, 4096, out var opened);
        if (stream is null)
        {
            yield return opened!;
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[Chunk];
            int start = 0, end = 0, line = 1;
            long offset = 0;
            var final = false;
            var skipping = false;

            // Bytes after start already searched for a newline: a long line is scanned once, not once per refill.
            var searched = 0;
            while (true)
            {
                var found = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
                var newline = found < 0 ? -1 : searched + found;
                searched = found < 0 ? end - start : 0;
                if (newline < 0 && !final)
                {
                    if (start == 0 && end == buffer.Length)
                    {
                        if (buffer.Length >= options.MaxRecordBytes || skipping)
                        {
                            // A line over the cap: drop what is held and everything up to its end.
                            if (!skipping)
                            {
                                skipping = true;
                                yield return Rejected(path, offset + end, line, "line too long", $"the line is over the {DocumentReader.Megabytes(options.MaxRecordBytes)} limit for one record");
                            }

                            offset += end;
                            end = 0;
                            searched = 0;
                        }
                        else
                        {
                            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, options.MaxRecordBytes));
                        }
                    }
                    else if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        offset += start;
                        end -= start;
                        start = 0;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    end += read;
                    final = read == 0;
                    continue;
                }

                var length = newline < 0 ? end - start : newline;
                if (newline < 0 && length == 0)
                {
                    yield break;
                }

                var bytes = buffer.AsSpan(start, length);
                start += newline < 0 ? length : length + 1;
                var position = offset + start;
                if (skipping)
                {
                    skipping = false;
                }
                else if (!bytes.Trim(" \t\r"u8).IsEmpty)
                {
                    yield return ToItem(path, position, line, bytes, options);
                }

                line++;
                if (newline < 0)
                {
                    yield break;
                }
            }
        }
    }

    private static InputItem ToItem(string path, long position, int line, ReadOnlySpan<byte> bytes, DocumentReaderOptions options)
    {
        var location = string.Create(CultureInfo.InvariantCulture, $"line {line}");
        try
        {
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            using var json = JsonDocument.Parse(bytes.ToArray());
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RecordException(PostJson.Malformed, "the line is not a JSON object");
            }

            var id = PostJson.Id(root, "id");
            if (id is not null)
            {
                location += ", id " + id;
            }

            var text = PostJson.String(root, "text") ?? throw new RecordException(PostJson.Malformed, "the post has no \"text\"");
            if (text.Length > options.MaxPostChars)
            {
                throw new RecordException("text too long", string.Create(CultureInfo.InvariantCulture, $"the text is {text.Length:N0} characters, over the {options.MaxPostChars:N0} limit for one post"));
            }

            var url = PostJson.String(root, "url");
            var post = new PostMetadata
            {
                Platform = PostJson.String(root, "platform"),
                PostId = id,
                Url = url,
                Author = PostJson.String(root, "author"),
                ForwardedFrom = PostJson.String(root, "forwarded_from"),
                ReplyTo = PostJson.Id(root, "reply_to"),
                Media = Media(root),
            };
            var published = PostJson.IsoTime(root, "published");
            if (string.IsNullOrWhiteSpace(text))
            {
                return new SkippedItem(path, position, "post without text");
            }

            var source = url ?? (id is null ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}") : $"{path}#{id}");
            return new DocumentItem(path, position, new SourceDocument(source, text, DocumentFormat.JsonLines) { Published = published, Post = post });
        }
        catch (JsonException ex)
        {
            return Rejected(path, position, location, "invalid JSON", "not valid JSON: " + ex.Message);
        }
        catch (RecordException ex)
        {
            return Rejected(path, position, location, ex.Category, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            var error = PostJson.NotText(ex);
            return Rejected(path, position, location, error.Category, error.Message);
        }
    }

    private static List<MediaItem> Media(JsonElement root)
    {
        var media = new List<MediaItem>();
        if (!root.TryGetProperty("media", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return media;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw PostJson.WrongType("media", list, "an array");
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw PostJson.WrongType("media[]", item, "an object {kind, url, sha256?}");
            }

            var kind = PostJson.String(item, "kind") ?? throw new RecordException(PostJson.Malformed, "a media item has no \"kind\"");
            var sha = PostJson.String(item, "sha256");
            if (sha is not null && (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit)))
            {
                throw new RecordException(PostJson.Malformed, "a media item's \"sha256\" is not 64 hex digits");
            }

            media.Add(new MediaItem(kind.ToLowerInvariant(), PostJson.String(item, "url")) { Sha256 = sha?.ToLowerInvariant() });
        }

        return media;
    }

    private static RejectedItem Rejected(string path, long position, int line, string category, string reason) =>
        Rejected(path, position, string.Create(CultureInfo.InvariantCulture, $"line {line}"), category, reason);

    private static RejectedItem Rejected(string path, long position, string location, string category, string reason) =>
        new(path, position, new InputException(path, reason, location), category);
}
