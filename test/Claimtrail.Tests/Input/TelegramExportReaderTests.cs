using System.Text;
using Claimtrail.Input;
using Claimtrail.Input.Telegram;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Input;

public sealed class TelegramExportReaderTests : IDisposable
{
    private const string OneChat = """
        {
         "name": "Moscow calling",
         "type": "public_channel",
         "id": 1234567,
         "messages": [
          {"id": 1, "type": "service", "date": "2024-01-01T10:00:00", "date_unixtime": "1704103200", "actor": "Moscow calling", "action": "create_channel", "text": ""},
          {
           "id": 2, "type": "message", "date": "2024-01-01T13:05:00", "date_unixtime": "1704103500",
           "from": "Moscow calling", "from_id": "channel1234567", "author": "Ivan Petrov", "forwarded_from": "Rybar",
           "photo": "photos/photo_1@01-01-2024_10-05-00.jpg", "width": 1280, "height": 720,
           "text": ["Residents claimed that a Pantsir-S1 was installed, ", {"type": "bold", "text": "videos allegedly show"}, "."],
           "text_entities": [{"type": "plain", "text": "Residents claimed that a Pantsir-S1 was installed, "}]
          },
          {
           "id": 4, "type": "message", "date_unixtime": "1704103900", "reply_to_message_id": 2, "edited_unixtime": "1704104000",
           "file": "video_files/v.mp4", "media_type": "video_file", "mime_type": "video/mp4", "file_size": 123456,
           "location_information": {"latitude": 55.7, "longitude": 37.6},
           "text": "According to the Sirena publication, trees were cut down in Losiny Ostrov."
          },
          {"id": 5, "type": "message", "date_unixtime": "1704104900", "photo": "(File not included. Change data exporting settings to download.)", "text": ""}
         ]
        }
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_message_of_a_chat_export_becomes_a_document_with_its_metadata()
    {
        var path = _temp.File("result.json", OneChat);

        var items = await ReadAsync(path);

        var documents = items.OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("Residents claimed that a Pantsir-S1 was installed, videos allegedly show.", first.Text);
        Assert.Equal(DocumentFormat.Telegram, first.Format);
        Assert.Equal($"{path}#1234567/2", first.Source);
        Assert.Equal("Moscow calling", first.Publisher);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1704103500), first.Published);
        Assert.Equal(TimeSpan.Zero, first.Published!.Value.Offset);
        Assert.Equal("telegram", first.Post.Platform);
        Assert.Equal("2", first.Post.PostId);
        Assert.Equal("Ivan Petrov", first.Post.Author);
        Assert.Equal("Rybar", first.Post.ForwardedFrom);
        var photo = Assert.Single(first.Post.Media);
        Assert.Equal(("photo", "photos/photo_1@01-01-2024_10-05-00.jpg"), (photo.Kind, photo.Reference));

        var second = documents[1];
        Assert.Equal("2", second.Post.ReplyTo);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1704104000), second.Post.Edited);
        Assert.Equal(new Claimtrail.Geo.GeoPoint(55.7, 37.6), second.Post.Location);
        var video = Assert.Single(second.Post.Media);
        Assert.Equal(("video", "video_files/v.mp4", "video/mp4", 123456L), (video.Kind, video.Reference, video.MimeType, video.Size));
    }

    [Fact]
    public async Task Service_messages_and_messages_without_text_are_skipped_and_counted()
    {
        var path = _temp.File("result.json", OneChat);

        var skipped = (await ReadAsync(path)).OfType<SkippedItem>().Select(s => s.Reason).ToList();

        Assert.Equal(["service message", "message without text"], skipped);
    }

    [Fact]
    public async Task The_full_account_export_reads_every_chat_in_chats_list_with_its_own_name()
    {
        var path = _temp.File("result.json", """
            {
             "about": "Here is the data you requested.",
             "personal_information": {"user_id": 1, "first_name": "Desk", "phone_number": "+000"},
             "contacts": {"about": "…", "list": [{"first_name": "A", "date": "2024-01-01T00:00:00"}]},
             "frequent_contacts": {"about": "…", "list": [{"id": 9, "category": "people", "type": "user", "name": "Someone", "rating": 1.0}]},
             "chats": {
              "about": "This page lists all chats from this export.",
              "list": [
               {"name": "First channel", "type": "public_channel", "id": 11, "messages": [{"id": 1, "type": "message", "date_unixtime": "1704103500", "text": "The mayor said that the bridge is closed."}]},
               {"type": "saved_messages", "id": 12, "messages": [{"id": 7, "type": "message", "date_unixtime": "1704103500", "text": "Note to self: the governor claimed the airport is open."}]}
              ]
             },
             "left_chats": {"about": "…", "list": []}
            }
            """);

        var documents = (await ReadAsync(path)).OfType<DocumentItem>().Select(d => d.Document).ToList();

        Assert.Equal([$"{path}#11/1", $"{path}#12/7"], documents.Select(d => d.Source));
        Assert.Equal(["First channel", null], documents.Select(d => d.Publisher));
    }

    [Theory]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"date_unixtime\": \"not-a-date\", \"text\": \"x y\"}", "message 3", "invalid date", "'date_unixtime' is \"not-a-date\", not seconds since 1970")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"date_unixtime\": \"99\", \"text\": \"x y\"}", "message 3", "invalid date", "'date_unixtime' is 99, outside 1990–2100")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"date_unixtime\": \"1704103500\", \"text\": 42}", "message 3", "malformed record", "'text' is 42, expected a string or an array of parts")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"from\": {\"a\": 1}, \"text\": \"x\"}", "message 3", "malformed record", "'from' is an object, expected a string")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"text\": [\"a\", 5]}", "message 3", "malformed record", "a part of 'text' is 5, expected a string or {type, text}")]
    [InlineData("{\"type\": \"message\", \"text\": \"no id\"}", "message #2", "malformed record", "the message has no id")]
    [InlineData("[1, 2]", "message #2", "malformed record", "the message is not a JSON object")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"text\": \"half a pair \\ud800 here\"}", "message 3", "malformed record", "a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)")]
    [InlineData("{\"id\": 3, \"type\": \"message\", \"\\udc00\": 1, \"text\": \"x\"}", "message #2", "malformed record", "a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)")]
    public async Task A_malformed_message_is_rejected_with_the_file_and_its_id_and_the_rest_goes_on(string message, string location, string category, string reason)
    {
        var path = _temp.File("result.json", Chat(
            "{\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1704103500\", \"text\": \"The mayor said that the bridge is closed.\"}",
            message,
            "{\"id\": 9, \"type\": \"message\", \"date_unixtime\": \"1704103500\", \"text\": \"The governor said the airport is open.\"}"));

        var items = await ReadAsync(path);

        Assert.Equal(["1", "9"], items.OfType<DocumentItem>().Select(d => d.Document.Post.PostId));
        var rejected = Assert.Single(items.OfType<RejectedItem>());
        Assert.Equal(category, rejected.Category);
        Assert.Equal($"{path} ({location}): {reason}", rejected.Error.Message);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_reject_their_message_and_leave_a_chat_name_readable()
    {
        // Written as bytes: a .NET string cannot hold what is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes(Chat(
                "{\"id\": 1, \"type\": \"message\", \"text\": \"The mayor said that the bridge is closed.\"}",
                "{\"id\": 2, \"type\": \"message\", \"text\": \"broken BYTES here\"}",
                "{\"id\": 9, \"type\": \"message\", \"text\": \"The governor said the airport is open.\"}")
            .Replace("\"name\": \"Channel\"", "\"name\": \"Channel NAME\"", StringComparison.Ordinal));
        Replace(bytes, "BYTES"u8, [0xFF, 0xFE, 0x20, 0x20, 0x20]);
        Replace(bytes, "NAME"u8, [0xC3, 0x28, 0x20, 0x20]);
        var path = _temp.File("result.json", bytes);

        var items = await ReadAsync(path);

        var documents = items.OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(["1", "9"], documents.Select(d => d.Post.PostId));
        Assert.All(documents, d => Assert.Equal("Channel \uFFFD(  ", d.Publisher));
        var rejected = Assert.Single(items.OfType<RejectedItem>());
        Assert.Equal("malformed record", rejected.Category);
        Assert.Equal($"{path} (message 2): a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)", rejected.Error.Message);
    }

    [Fact]
    public async Task A_truncated_export_gives_the_messages_before_the_cut_then_one_error_naming_the_file()
    {
        var whole = Chat(Enumerable.Range(1, 50).Select(Message).ToArray());
        var path = _temp.File("result.json", whole[..(whole.Length * 2 / 3)]);

        var items = await ReadAsync(path);

        Assert.InRange(items.OfType<DocumentItem>().Count(), 25, 40);
        var error = Assert.IsType<RejectedItem>(items[^1]);
        Assert.StartsWith($"{path} (", error.Error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_that_is_not_an_export_is_refused_as_such()
    {
        var path = _temp.File("other.json", "{\n \"hello\": [1, 2, 3]\n}");

        var items = await ReadAsync(path);

        var error = Assert.IsType<RejectedItem>(Assert.Single(items));
        Assert.Contains("not a Telegram Desktop export", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_across_buffer_boundaries_and_one_larger_than_the_first_buffer_are_read_whole()
    {
        // 3,000 messages (≈ 400 KB) cross the scanner's 256 KB buffer; one message of 600 KB makes it grow.
        var big = new string('a', 600_000);
        var messages = Enumerable.Range(1, 3000).Select(Message).ToList();
        messages.Insert(1500, $"{{\"id\": 100000, \"type\": \"message\", \"date_unixtime\": \"1704103500\", \"text\": \"{big}\"}}");
        var path = _temp.File("result.json", "\uFEFF" + Chat([.. messages]));

        var items = await ReadAsync(path);

        Assert.Equal(3001, items.OfType<DocumentItem>().Count());
        Assert.Empty(items.OfType<RejectedItem>());
        Assert.Equal(600_000, items.OfType<DocumentItem>().Single(d => d.Document.Post.PostId == "100000").Document.Text.Length);
        Assert.InRange(items[^1].Position, new FileInfo(path).Length - 16, new FileInfo(path).Length);
    }

    [Fact]
    public async Task A_message_over_the_text_limit_is_rejected_and_one_over_the_record_limit_ends_the_file()
    {
        var path = _temp.File("result.json", Chat(Message(1), $"{{\"id\": 2, \"type\": \"message\", \"text\": \"{new string('b', 2000)}\"}}", Message(3), $"{{\"id\": 4, \"type\": \"message\", \"text\": \"{new string('c', 2_000_000)}\"}}", Message(5)));
        var options = new DocumentReaderOptions { MaxPostChars = 1000, MaxRecordBytes = 1024 * 1024 };

        var items = await ToListAsync(TelegramExportReader.ReadAsync(path, options));

        Assert.Equal(["1", "3"], items.OfType<DocumentItem>().Select(d => d.Document.Post.PostId));
        var rejected = items.OfType<RejectedItem>().ToList();
        Assert.Equal(["text too long", "unreadable file"], rejected.Select(r => r.Category));
        Assert.Equal($"{path} (message 2): the text is 2,000 characters, over the 1,000 limit for one post", rejected[0].Error.Message);
        Assert.Contains("over the 1 MB limit for one record", rejected[1].Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_and_scripts_inside_a_message_are_kept_as_text_never_run()
    {
        var path = _temp.File("result.json", Chat("{\"id\": 1, \"type\": \"message\", \"text\": \"<script>alert(1)</script> The mayor said <b>no</b>.\"}"));

        var document = Assert.Single((await ReadAsync(path)).OfType<DocumentItem>()).Document;

        Assert.Equal("<script>alert(1)</script> The mayor said <b>no</b>.", document.Text);
    }

    [Fact]
    public async Task A_missing_file_is_one_rejected_item_naming_it()
    {
        var path = _temp.PathOf("nowhere.json");

        var item = Assert.Single(await ReadAsync(path));

        Assert.Equal($"{path}: no such file", Assert.IsType<RejectedItem>(item).Error.Message);
    }

    private static string Message(int id) =>
        $"{{\"id\": {id}, \"type\": \"message\", \"date\": \"2024-01-01T10:00:00\", \"date_unixtime\": \"{1704103500 + id}\", \"from\": \"Channel\", \"text\": \"The mayor said that bridge {id} is closed for repairs until further notice.\"}}";

    private static string Chat(params string[] messages)
    {
        var text = new StringBuilder("{\n \"name\": \"Channel\",\n \"type\": \"public_channel\",\n \"id\": 77,\n \"messages\": [\n");
        text.AppendJoin(",\n", messages.Select(m => "  " + m));
        return text.Append("\n ]\n}\n").ToString();
    }

    private static Task<List<InputItem>> ReadAsync(string path) => ToListAsync(TelegramExportReader.ReadAsync(path, DocumentReaderOptions.Default));

    private static async Task<List<InputItem>> ToListAsync(IAsyncEnumerable<InputItem> items)
    {
        var list = new List<InputItem>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    // Overwrites the first occurrence of marker in bytes with replacement, of the same length.
    private static void Replace(byte[] bytes, ReadOnlySpan<byte> marker, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at >= 0);
        Assert.Equal(marker.Length, replacement.Length);
        replacement.CopyTo(bytes.AsSpan(at));
    }
}
