using System.Text;
using Claimtrail.Input;
using Claimtrail.Input.Posts;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Input;

public sealed class PostLinesReaderTests : IDisposable
{
    private const string Good = """{"id": "p1", "platform": "x", "url": "https://example.org/p1", "author": "@desk", "published": "2024-03-01T18:00:00+03:00", "text": "The mayor said that the bridge is closed.", "forwarded_from": "Harbour Watch", "reply_to": 7, "media": [{"kind": "Photo", "url": "https://example.org/a.jpg", "sha256": "AB0000000000000000000000000000000000000000000000000000000000000F"}]}""";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_line_becomes_a_document_with_its_metadata()
    {
        var path = _temp.File("posts.jsonl", Good + "\n\n" + """{"id": 2, "text": "Residents claimed the airport is open."}""");

        var documents = (await ReadAsync(path)).OfType<DocumentItem>().Select(d => d.Document).ToList();

        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("https://example.org/p1", first.Source);
        Assert.Equal(DocumentFormat.JsonLines, first.Format);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(TimeSpan.Zero, first.Published!.Value.Offset);
        Assert.Equal(("x", "p1", "@desk", "Harbour Watch", "7"), (first.Post.Platform, first.Post.PostId, first.Post.Author, first.Post.ForwardedFrom, first.Post.ReplyTo));
        var media = Assert.Single(first.Post.Media);
        Assert.Equal(("photo", "https://example.org/a.jpg", "ab0000000000000000000000000000000000000000000000000000000000000f"), (media.Kind, media.Reference, media.Sha256));
        Assert.Equal($"{path}#2", documents[1].Source);
        Assert.Null(documents[1].Published);
    }

    [Theory]
    [InlineData("{\"id\": 1, \"text\": \"x\"", "line 2", "not valid JSON")]
    [InlineData("[1]", "line 2", "the line is not a JSON object")]
    [InlineData("{\"id\": 5, \"published\": \"2024-03-01T18:00:00\", \"text\": \"x\"}", "line 2, id 5", "'published' is \"2024-03-01T18:00:00\", which has no UTC offset")]
    [InlineData("{\"id\": 5, \"published\": \"last week\", \"text\": \"x\"}", "line 2, id 5", "'published' is \"last week\", not an ISO 8601 time")]
    [InlineData("{\"id\": 5, \"author\": 3, \"text\": \"x\"}", "line 2, id 5", "'author' is 3, expected a string")]
    [InlineData("{\"id\": 5}", "line 2, id 5", "the post has no \"text\"")]
    [InlineData("{\"id\": 5, \"text\": \"x\", \"media\": [{\"url\": \"u\"}]}", "line 2, id 5", "a media item has no \"kind\"")]
    [InlineData("{\"id\": 5, \"text\": \"x\", \"media\": [{\"kind\": \"photo\", \"sha256\": \"xyz\"}]}", "line 2, id 5", "a media item's \"sha256\" is not 64 hex digits")]
    [InlineData("{\"id\": 5, \"text\": \"half a pair \\ud800\"}", "line 2, id 5", "a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)")]
    public async Task A_bad_line_is_rejected_with_the_file_and_line_and_the_rest_goes_on(string line, string location, string reason)
    {
        var path = _temp.File("posts.jsonl", Good + "\n" + line + "\r\n" + """{"id": 3, "text": "Residents claimed the airport is open."}""" + "\n");

        var items = await ReadAsync(path);

        Assert.Equal(["p1", "3"], items.OfType<DocumentItem>().Select(d => d.Document.Post.PostId));
        var rejected = Assert.Single(items.OfType<RejectedItem>());
        Assert.StartsWith($"{path} ({location}): {reason}", rejected.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_whose_bytes_are_not_utf8_is_rejected_and_the_next_lines_are_read()
    {
        // Written as bytes: a .NET string cannot hold what is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes(Good + "\n" + """{"id": 5, "text": "broken XX here"}""" + "\n" + """{"id": 3, "text": "Residents claimed the airport is open."}""" + "\n");
        var at = bytes.AsSpan().IndexOf("XX"u8);
        bytes[at] = 0xFF;
        bytes[at + 1] = 0xFE;
        var path = _temp.File("posts.jsonl", bytes);

        var items = await ReadAsync(path);

        Assert.Equal(["p1", "3"], items.OfType<DocumentItem>().Select(d => d.Document.Post.PostId));
        var rejected = Assert.Single(items.OfType<RejectedItem>());
        Assert.Equal($"{path} (line 2, id 5): a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)", rejected.Error.Message);
    }

    [Fact]
    public async Task A_line_over_the_record_limit_is_rejected_without_being_held_and_the_next_lines_are_read()
    {
        var huge = "{\"id\": 2, \"text\": \"" + new string('z', 3_000_000) + "\"}";
        var path = _temp.File("posts.jsonl", Good + "\n" + huge + "\n" + """{"id": 3, "text": "Residents claimed the airport is open."}""");

        var items = await ToListAsync(PostLinesReader.ReadAsync(path, new DocumentReaderOptions { MaxRecordBytes = 512 * 1024 }));

        Assert.Equal(["p1", "3"], items.OfType<DocumentItem>().Select(d => d.Document.Post.PostId));
        var rejected = Assert.Single(items.OfType<RejectedItem>());
        Assert.StartsWith($"{path} (line 2): the line is over the ", rejected.Error.Message, StringComparison.Ordinal);
        Assert.Equal("line too long", rejected.Category);
    }

    private static Task<List<InputItem>> ReadAsync(string path) => ToListAsync(PostLinesReader.ReadAsync(path, DocumentReaderOptions.Default));

    private static async Task<List<InputItem>> ToListAsync(IAsyncEnumerable<InputItem> items)
    {
        var list = new List<InputItem>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
