using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Postgres;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Processes;

/// <summary>A bulk ingest into PostgreSQL killed midway (SIGKILL), then run again: the ledger ends as an uninterrupted run's.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class PostgresIngestProcessTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new();
    private TestDatabase? _killed;
    private TestDatabase? _clean;

    public async Task InitializeAsync()
    {
        _killed = await TestDatabase.CreateAsync();
        _clean = await TestDatabase.CreateAsync();
    }

    public void Dispose() => _folder.Dispose();

    public async Task DisposeAsync()
    {
        foreach (var database in new[] { _killed, _clean })
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }

    [LedgerFact]
    public async Task A_killed_bulk_ingest_into_postgresql_reruns_to_the_ledger_of_an_uninterrupted_run()
    {
        var killed = _killed!;
        var clean = _clean!;
        var export = _folder.PathOf("result.json");
        var written = new Bench.SyntheticTelegramExport { Messages = 7000, MalformedEvery = 5000, ServiceEvery = 50 }.Write(export);
        await (await PostgresLedger.OpenAsync(killed.ConnectionString)).DisposeAsync();

        // A trigger that sleeps a little after each report row makes each batch of thousands take a while, so the
        // kill lands after the first batch committed and, most likely, inside a later one.
        await killed.ExecuteAsync("""
            CREATE FUNCTION test_slow_store() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.0005); RETURN NULL; END $$;
            CREATE TRIGGER test_slow_store AFTER INSERT ON reports FOR EACH ROW EXECUTE FUNCTION test_slow_store();
            """);
        using (var ingest = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-extract", "--db", killed.ConnectionString]))
        {
            var deadline = DateTime.UtcNow + Patience;
            while (await CountAsync(killed, "SELECT count(*) FROM reports") == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the ingest stored nothing in time");
                Assert.False(ingest.HasExited, "the ingest ended before it could be killed");
                await Task.Delay(20);
            }

            await ingest.KillAsync();
        }

        var afterKill = await CountAsync(killed, "SELECT count(*) FROM reports");
        Assert.InRange(afterKill, 1, written.Posts - 1);
        const string Order = "SELECT coalesce(string_agg(id, ',' ORDER BY seq), '') FROM reports";
        var partialOrder = await TextAsync(killed, Order);

        await killed.ExecuteAsync("DROP TRIGGER test_slow_store ON reports");
        using (var rerun = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-extract", "--db", killed.ConnectionString]))
        {
            var result = await rerun.WaitAsync(Patience);
            Assert.Equal(ExitCodes.Failed, result.ExitCode);
            Assert.Equal(
                $"claimtrail: ingest: {written.Posts + written.Malformed} read, {written.Posts - afterKill} new, {afterKill} duplicate, {written.Malformed} failed (1 invalid date, 1 malformed record), {written.Service} skipped ({written.Service} service message)",
                result.ErrorLines[^1]);
        }

        var uninterrupted = await CliRun.RunAsync(["ingest", export, "--no-extract", "--db", clean.ConnectionString]);
        Assert.Equal(ExitCodes.Failed, uninterrupted.ExitCode);

        Assert.Equal(written.Posts, await CountAsync(killed, "SELECT count(*) FROM reports"));
        Assert.Equal(await TextAsync(clean, Order), await TextAsync(killed, Order));
        Assert.StartsWith(partialOrder + ",", await TextAsync(clean, Order), StringComparison.Ordinal);
        const string Posts = """
            SELECT string_agg(concat_ws('|', r.id, r.source, r.published, r.published_offset, r.platform, r.post_id, r.author, r.forwarded_from,
                                        s.kind, s.key, r.reply_to, r.edited, r.latitude, r.longitude), E'\n' ORDER BY r.id)
              FROM reports r LEFT JOIN sources s ON s.id = r.forwarded_from_source_id
            """;
        const string Media = "SELECT string_agg(concat_ws('|', report_id, position, kind, reference, mime_type, size, sha256), E'\\n' ORDER BY report_id, position) FROM report_media";
        const string Sources = "SELECT string_agg(kind || '|' || key || '|' || name, E'\\n' ORDER BY kind, key) FROM sources";
        Assert.Equal(await TextAsync(clean, Posts), await TextAsync(killed, Posts));
        Assert.Equal(await TextAsync(clean, Media), await TextAsync(killed, Media));
        Assert.Equal(await TextAsync(clean, Sources), await TextAsync(killed, Sources));
        Assert.Equal(0, await CountAsync(killed, "SELECT count(*) FROM reports WHERE forwarded_from IS NOT NULL AND forwarded_from_source_id IS NULL AND btrim(forwarded_from) <> ''"));
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql) => (long)(await database.QueryAsync(sql)).Single()[0]!;

    private static async Task<string> TextAsync(TestDatabase database, string sql) => (string?)(await database.QueryAsync(sql)).Single()[0] ?? string.Empty;
}
