using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary><c>claimtrail ingest</c> over files of posts: Telegram exports, JSON Lines, <c>--format</c>, <c>--no-extract</c>.</summary>
public sealed class IngestSourcesTests : IDisposable
{
    private const string Export = """
        {
         "name": "Moscow calling",
         "type": "public_channel",
         "id": 1234567,
         "messages": [
          {"id": 1, "type": "service", "date_unixtime": "1704103200", "action": "create_channel", "text": ""},
          {"id": 2, "type": "message", "date_unixtime": "1704103500", "author": "Ivan", "forwarded_from": "Rybar", "photo": "photos/1.jpg",
           "text": ["The channel claimed that a Pantsir-S1 was installed on a roof in Teterinsky Street, ", {"type": "italic", "text": "videos allegedly show"}, "."]},
          {"id": 3, "type": "message", "date_unixtime": "tomorrow", "text": "The ministry said nothing."},
          {"id": 4, "type": "message", "date_unixtime": "1704103900", "reply_to_message_id": 2, "text": "According to the Sirena publication, trees were cut down in Losiny Ostrov."},
          {"id": 5, "type": "message", "date_unixtime": "1704104900", "from": 17, "text": "Broken sender."}
         ]
        }
        """;

    private const string Posts = """
        {"id": "a1", "platform": "x", "url": "https://example.org/a1", "author": "@desk", "published": "2024-03-01T18:00:00Z", "text": "The mayor said that the bridge is closed.", "media": [{"kind": "video", "url": "https://example.org/v.mp4"}]}
        {"id": "a2", "platform": "x", "published": "2024-03-01", "text": "No offset."}
        {"id": "a3", "platform": "x", "text": "Residents claimed that the airport is open.", "forwarded_from": "Harbour Watch"}
        """;

    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_telegram_export_stores_each_message_and_reports_the_bad_ones_with_their_ids()
    {
        var export = _folder.File("result.json", Export);

        var run = await CliRun.RunAsync("ingest", export, "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(
            [
                $"claimtrail: {export} (message 3): 'date_unixtime' is \"tomorrow\", not seconds since 1970",
                $"claimtrail: {export} (message 5): 'from' is 17, expected a string",
                "claimtrail: ingest: 4 read, 2 new, 0 duplicate, 2 failed (1 invalid date, 1 malformed record), 1 skipped (1 service message)",
            ],
            run.ErrorLines);
        var rows = Query("SELECT source, publisher, author, forwarded_from, reply_to FROM reports ORDER BY seq");
        Assert.Equal<object?>([$"{export}#1234567/2", "Moscow calling", "Ivan", "Rybar", DBNull.Value], rows[0]);
        Assert.Equal<object?>([$"{export}#1234567/4", "Moscow calling", DBNull.Value, DBNull.Value, "2"], rows[1]);
        Assert.Equal<object?>(["photo", "photos/1.jpg"], Assert.Single(Query("SELECT kind, reference FROM report_media")));
        Assert.NotEmpty(Query("SELECT id FROM mentions"));
    }

    [Fact]
    public async Task Json_lines_of_posts_are_recognised_and_a_bad_line_is_reported_with_its_number()
    {
        var posts = _folder.File("posts.txt", Posts);

        var run = await CliRun.RunAsync("ingest", posts, "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(
            [
                $"claimtrail: {posts} (line 2, id a2): 'published' is \"2024-03-01\", which has no UTC offset",
                "claimtrail: ingest: 3 read, 2 new, 0 duplicate, 1 failed (1 invalid date)",
            ],
            run.ErrorLines);
        Assert.Equal<object?>(["https://example.org/a1", "x", "a1", "2024-03-01T18:00:00.0000000+00:00"], Query("SELECT source, platform, post_id, published FROM reports ORDER BY seq")[0]);
    }

    [Fact]
    public async Task Format_forces_how_a_file_is_read()
    {
        var posts = _folder.File("posts.jsonl", Posts);

        var run = await CliRun.RunAsync("ingest", posts, "--format", "text", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["claimtrail: ingest: 1 read, 1 new, 0 duplicate, 0 failed"], run.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var posts = _folder.File("posts.jsonl", Posts);

        var run = await CliRun.RunAsync("ingest", posts, "--format", "pdf", "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task A_rerun_skips_stored_reports_without_analysing_them_again()
    {
        var export = _folder.File("result.json", Export);

        // Stored without extraction first: had the rerun analysed them again, it would have found their mentions.
        var bulk = await CliRun.RunAsync("ingest", export, "--no-extract", "--db", Db);
        var rerun = await CliRun.RunAsync("ingest", export, "--db", Db);

        Assert.Contains("4 read, 2 new, 0 duplicate, 2 failed", bulk.Error, StringComparison.Ordinal);
        Assert.Contains("4 read, 0 new, 2 duplicate, 2 failed", rerun.Error, StringComparison.Ordinal);
        Assert.Empty(Query("SELECT id FROM mentions"));
        Assert.Equal<object?>(["und"], Query("SELECT DISTINCT language FROM reports").Single());
    }

    [Fact]
    public async Task A_large_generated_export_goes_through_with_the_expected_counts()
    {
        var path = _folder.PathOf("big.json");
        var counts = new Bench.SyntheticTelegramExport { Messages = 3000, MalformedEvery = 1000, ServiceEvery = 50 }.Write(path);

        var run = await CliRun.RunAsync("ingest", path, "--no-extract", "--db", Db);

        Assert.Equal(
            $"claimtrail: ingest: {counts.Posts + counts.Malformed} read, {counts.Posts} new, 0 duplicate, {counts.Malformed} failed (2 invalid date, 1 malformed record), {counts.Service} skipped ({counts.Service} service message)",
            run.ErrorLines[^1]);
        Assert.Equal(counts.Malformed, run.ErrorLines.Count(l => l.Contains("(message ", StringComparison.Ordinal)));
        Assert.Equal(counts.Posts, Convert.ToInt32(Query("SELECT count(*) FROM reports")[0][0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_ten_megabyte_message_is_refused_with_its_id_and_the_messages_around_it_are_stored()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var export = _folder.File("result.json", Export.Replace(
            "{\"id\": 3, \"type\": \"message\", \"date_unixtime\": \"tomorrow\", \"text\": \"The ministry said nothing.\"}",
            $"{{\"id\": 3, \"type\": \"message\", \"date_unixtime\": \"1704103600\", \"text\": \"{huge}\"}}",
            StringComparison.Ordinal));

        var run = await CliRun.RunAsync("ingest", export, "--no-extract", "--db", Db);

        Assert.Contains($"claimtrail: {export} (message 3): the text is 10,485,760 characters, over the 1,000,000 limit for one post", run.ErrorLines);
        Assert.Equal("claimtrail: ingest: 4 read, 2 new, 0 duplicate, 2 failed (1 malformed record, 1 text too long), 1 skipped (1 service message)", run.ErrorLines[^1]);
    }

    private List<object?[]> Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }
}
