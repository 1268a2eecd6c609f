using Claimtrail.Cli;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Sources.Tests.Support;
using Claimtrail.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Sources.Tests.Commands;

/// <summary><c>claimtrail ingest URL</c> and <c>claimtrail watch</c> against a local Kestrel.</summary>
public sealed class NetworkCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private LocalServer _server = null!;

    private string Db => _folder.PathOf("ledger.db");

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_url_refuses_a_local_address_without_allow_private()
    {
        _server.Serve("/article", "text/html; charset=utf-8", Pages.Article);
        var url = _server.Url("/article").AbsoluteUri;

        var run = await CliRun.RunAsync("ingest", url, "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith($"claimtrail: {url}: 127.0.0.1 resolves to 127.0.0.1, a loopback, private, link-local or metadata address: refused", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("claimtrail: ingest: 1 read, 0 new, 0 duplicate, 1 failed (1 fetch failed)", run.ErrorLines[1]);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Ingest_url_with_allow_private_stores_the_article_with_its_url_and_fetch_time()
    {
        _server.Serve("/article", "text/html; charset=utf-8", Pages.Article);
        var url = _server.Url("/article").AbsoluteUri;

        var run = await CliRun.RunAsync("ingest", url, "--allow-private", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var row = Assert.Single(Query("SELECT source, url, platform, fetched IS NOT NULL, text FROM reports"));
        Assert.Equal<object?>([url, url, "web", 1L], row[..4]);
        Assert.Contains("northern harbour", (string)row[4]!, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", (string)row[4]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", (string)row[4]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_url_of_a_feed_stores_each_entry()
    {
        _server.Serve("/feed", "application/rss+xml", Pages.Rss);

        var run = await CliRun.RunAsync("ingest", _server.Url("/feed").AbsoluteUri, "--allow-private", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["claimtrail: ingest: 2 read, 2 new, 0 duplicate, 0 failed"], run.ErrorLines);
        Assert.Equal<object?>(["https://example.org/bridge", "Anna Berg"], Query("SELECT source, author FROM reports ORDER BY seq")[0]);
    }

    [Fact]
    public async Task A_feed_file_is_recognised_and_ingested()
    {
        var feed = _folder.File("desk.atom", Pages.Atom);

        var run = await CliRun.RunAsync("ingest", feed, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal<object?>(["https://example.org/radar", "atom"], Assert.Single(Query("SELECT source, platform FROM reports")));
    }

    [Fact]
    public async Task Watch_polls_with_conditional_requests_ingests_only_new_entries_and_goes_on_past_a_failing_feed()
    {
        var version = 1;
        _server.Map("/feed", async context =>
        {
            var etag = $"\"v{Volatile.Read(ref version)}\"";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = etag;
            context.Response.ContentType = "application/rss+xml";
            var body = Volatile.Read(ref version) == 1 ? Pages.Rss : Pages.Rss.Replace("</channel>", "<item><title>New</title><link>https://example.org/new</link><description>Officials said that the tunnel reopened.</description></item></channel>", StringComparison.Ordinal);
            await context.Response.WriteAsync(body);
        });
        var list = _folder.File("feeds.txt", $"# desk feeds\n{_server.Url("/feed")}\n\n{_server.Url("/gone")}\n");

        var first = await CliRun.RunAsync("watch", list, "--interval", "0", "--rounds", "2", "--allow-private", "--db", Db);
        Volatile.Write(ref version, 2);
        var second = await CliRun.RunAsync("watch", list, "--interval", "0", "--rounds", "1", "--allow-private", "--db", Db);

        var feedRequests = _server.Requests.Where(r => r.Path == "/feed").ToList();
        Assert.Equal(3, feedRequests.Count);
        Assert.Equal("\"v1\"", feedRequests[1].Headers.IfNoneMatch.ToString());
        Assert.Equal("claimtrail: watch: 2 rounds over 2 feeds: 3 read, 2 new, 0 duplicate, 1 failed (1 fetch failed)", first.ErrorLines[^1]);
        Assert.Contains($"claimtrail: {_server.Url("/gone")}: the server answered 404 Not Found (next try in ", first.Error, StringComparison.Ordinal);
        // The second watch took the first one's state from the ledger: it asked conditionally, skipped the two entries
        // it had dealt with (not even counted as duplicates), and left the failing feed alone until its backoff ends
        // (or, on a slow machine, tried it again).
        Assert.Equal("\"v1\"", feedRequests[2].Headers.IfNoneMatch.ToString());
        Assert.Contains(" 1 new, 0 duplicate, ", second.Error, StringComparison.Ordinal);
        Assert.Equal(3L, Query("SELECT count(*) FROM reports")[0][0]);
    }

    [Fact]
    public async Task A_restarted_watch_sends_conditional_requests_from_the_state_in_the_ledger_and_ingests_nothing_old()
    {
        _server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Pages.Rss);
        });

        // A feed without validators answers in full every time: the entries kept in the ledger are what spares them.
        _server.Serve("/plain", "application/atom+xml", Pages.Atom);
        var list = _folder.File("feeds.txt", $"{_server.Url("/feed")}\n{_server.Url("/plain")}\n");

        var first = await CliRun.RunAsync("watch", list, "--rounds", "1", "--allow-private", "--db", Db);
        var stored = Query("SELECT count(*) FROM reports")[0][0];
        var second = await CliRun.RunAsync("watch", list, "--rounds", "1", "--allow-private", "--db", Db);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.EndsWith(" 0 failed", first.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(": 0 read,", first.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Equal("claimtrail: watch: 1 rounds over 2 feeds: 0 read, 0 new, 0 duplicate, 0 failed", second.ErrorLines[^1]);
        var feedRequests = _server.Requests.Where(r => r.Path == "/feed").ToList();
        Assert.Equal(2, feedRequests.Count);
        Assert.Equal("\"v1\"", feedRequests[1].Headers.IfNoneMatch.ToString());
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/plain"));
        Assert.Equal(stored, Query("SELECT count(*) FROM reports")[0][0]);
        Assert.Equal(2L, Query("SELECT count(*) FROM feed_checkpoints")[0][0]);
    }

    [Fact]
    public async Task A_restarted_watch_waits_out_the_backoff_a_failing_feed_had_reached()
    {
        var list = _folder.File("feeds.txt", $"{_server.Url("/gone")}\n");

        var first = await CliRun.RunAsync("watch", list, "--interval", "600", "--rounds", "1", "--allow-private", "--db", Db);
        var second = await CliRun.RunAsync("watch", list, "--interval", "600", "--rounds", "1", "--allow-private", "--db", Db);

        Assert.Contains("(next try in 1200 s)", first.Error, StringComparison.Ordinal);
        Assert.Equal(1, _server.Requests.Count(r => r.Path == "/gone"));
        Assert.Equal("claimtrail: watch: 1 rounds over 1 feeds: 0 read, 0 new, 0 duplicate, 0 failed", second.ErrorLines[^1]);
        Assert.Equal<object?>([1L], Assert.Single(Query("SELECT failures FROM feed_checkpoints")));
    }

    [Fact]
    public async Task Watch_with_a_line_that_is_not_a_url_names_the_line_and_fails()
    {
        var list = _folder.File("feeds.txt", "https://example.org/feed\nnot a url\n");

        var run = await CliRun.RunAsync("watch", list, "--rounds", "1", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal([$"claimtrail: {list} (line 2): not an http or https URL: not a url"], run.ErrorLines);
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
