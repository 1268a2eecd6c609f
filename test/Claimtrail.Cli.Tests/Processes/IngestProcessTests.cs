using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Cli.Tests.Processes;

/// <summary>
/// The built command as its own process: killed mid-ingest and run again (the ledger stays consistent and ends
/// as an uninterrupted run's), interrupted with Ctrl+C, and writing its default ledger in the working folder.
/// </summary>
public sealed class IngestProcessTests : IDisposable
{
    private const int FileCount = 300;

    // Burns a few milliseconds inside each report's transaction, after its row is written.
    private const string SlowStoreTrigger = """
        CREATE TRIGGER test_slow_store AFTER INSERT ON reports BEGIN
            SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) SELECT i FROM n);
        END
        """;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_ingest_leaves_a_consistent_ledger_and_a_rerun_completes_it_as_an_uninterrupted_run_would()
    {
        var files = Enumerable.Range(0, FileCount).Select(i => _folder.File($"notice-{i:D3}.txt", Articles.Numbered(i))).ToArray();
        var killed = _folder.PathOf("killed.db");
        var clean = _folder.PathOf("clean.db");

        // The ingest of a few hundred small files takes a fraction of a second, too quick to kill on cue.
        // A trigger that burns a few milliseconds after each report row is written slows every store, so
        // the kill lands, most likely, inside a report's transaction: the case that matters.
        await (await SqliteLedger.OpenAsync(killed)).DisposeAsync();
        Execute(killed, SlowStoreTrigger);

        int storedAtKill;
        using (var ingest = CommandProcess.Start(_folder.Path, ["ingest", .. files, "--db", killed]))
        {
            storedAtKill = await WaitForReportsAsync(killed, ingest, minimum: 10);
            await ingest.KillAsync();
        }

        var afterKill = Count(killed, "SELECT count(*) FROM reports");
        Assert.InRange(afterKill, storedAtKill, FileCount - 1);
        AssertConsistent(killed);
        var partial = Snapshot(killed);

        Execute(killed, "DROP TRIGGER test_slow_store");
        using (var rerun = CommandProcess.Start(_folder.Path, ["ingest", .. files, "--db", killed]))
        {
            var result = await rerun.WaitAsync(Patience);
            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Equal([$"claimtrail: ingest: {FileCount} read, {FileCount - afterKill} new, {afterKill} duplicate, 0 failed"], result.ErrorLines);
        }

        var uninterrupted = await CliRun.RunAsync(["ingest", .. files, "--db", clean]);
        Assert.Equal(ExitCodes.Success, uninterrupted.ExitCode);

        AssertConsistent(killed);
        var resumed = Snapshot(killed);
        var expected = Snapshot(clean);
        Assert.Equal(FileCount, resumed.Reports.Count);
        Assert.Equal(expected.Reports, resumed.Reports);
        Assert.Equal(expected.Mentions, resumed.Mentions);
        Assert.Equal(expected.Claims, resumed.Claims);
        Assert.Equal(expected.ClaimMentions, resumed.ClaimMentions);
        Assert.Equal(expected.Sources, resumed.Sources);

        // Whatever the kill left was whole: each report it kept had all its mentions, as in the clean run.
        Assert.Subset(expected.Mentions, partial.Mentions);
        Assert.Equal(
            expected.Mentions.Where(m => partial.Reports.Contains(m.Split('|')[0])).ToHashSet(),
            partial.Mentions);
    }

    [Fact]
    public async Task A_killed_ingest_of_a_large_telegram_export_reruns_to_the_ledger_of_an_uninterrupted_run()
    {
        var export = _folder.PathOf("result.json");
        var written = new Bench.SyntheticTelegramExport { Messages = 1200, MalformedEvery = 1000, ServiceEvery = 50 }.Write(export);
        var killed = _folder.PathOf("killed.db");
        var clean = _folder.PathOf("clean.db");
        await (await SqliteLedger.OpenAsync(killed)).DisposeAsync();
        Execute(killed, SlowStoreTrigger);

        // Without claim matching: this test is about a killed streaming read, and matching 1,200 posts one by one
        // would outlast its patience on a loaded machine (the 300-file test above kills an ingest that matches).
        using (var ingest = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-match", "--db", killed]))
        {
            await WaitForReportsAsync(killed, ingest, minimum: 30);
            await ingest.KillAsync();
        }

        var afterKill = Count(killed, "SELECT count(*) FROM reports");
        Assert.InRange(afterKill, 30, written.Posts - 1);
        AssertConsistent(killed);

        Execute(killed, "DROP TRIGGER test_slow_store");
        using (var rerun = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-match", "--db", killed]))
        {
            var result = await rerun.WaitAsync(Patience);
            Assert.Equal(ExitCodes.Failed, result.ExitCode);
            Assert.Equal(
                $"claimtrail: ingest: {written.Posts + written.Malformed} read, {written.Posts - afterKill} new, {afterKill} duplicate, {written.Malformed} failed (1 invalid date, 1 malformed record), {written.Service} skipped ({written.Service} service message)",
                result.ErrorLines[^1]);
        }

        var uninterrupted = await CliRun.RunAsync(["ingest", export, "--no-match", "--db", clean]);
        Assert.Equal(ExitCodes.Failed, uninterrupted.ExitCode);

        AssertConsistent(killed);
        var resumed = Snapshot(killed);
        var expected = Snapshot(clean);
        Assert.Equal(written.Posts, resumed.Reports.Count);
        Assert.Equal(expected.Reports, resumed.Reports);
        Assert.Equal(expected.Mentions, resumed.Mentions);
        Assert.Equal(expected.Claims, resumed.Claims);
        Assert.Equal(expected.ClaimMentions, resumed.ClaimMentions);
        Assert.Equal(expected.Sources, resumed.Sources);
        const string Posts = "SELECT id || '|' || source || '|' || coalesce(published, '') || '|' || coalesce(forwarded_from, '') || '|' || coalesce(reply_to, '') || '|' || coalesce(edited, '') FROM reports";
        const string Media = "SELECT report_id || '|' || position || '|' || kind || '|' || coalesce(reference, '') || '|' || coalesce(size, '') FROM report_media";
        Assert.Equal(Strings(clean, Posts), Strings(killed, Posts));
        Assert.Equal(Strings(clean, Media), Strings(killed, Media));

        // Ingest order is the export's, across the kill: the rerun continues where the killed run stopped.
        const string Order = "SELECT group_concat(id, ',') FROM (SELECT id FROM reports ORDER BY seq)";
        Assert.Equal(Scalar(clean, Order), Scalar(killed, Order));
    }

    [Fact]
    public async Task A_killed_bulk_ingest_leaves_whole_batches_and_a_rerun_completes_it_as_an_uninterrupted_run_would()
    {
        var export = _folder.PathOf("result.json");
        var written = new Bench.SyntheticTelegramExport { Messages = 7000, MalformedEvery = 5000, ServiceEvery = 50 }.Write(export);
        var killed = _folder.PathOf("killed.db");
        var clean = _folder.PathOf("clean.db");
        await (await SqliteLedger.OpenAsync(killed)).DisposeAsync();

        // Without extraction a batch holds thousands of posts; a lighter trigger still makes each batch take a while,
        // so the kill lands after the first batch committed and, most likely, inside a later one.
        Execute(killed, SlowStoreTrigger.Replace("150000", "15000", StringComparison.Ordinal));
        using (var ingest = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-extract", "--db", killed]))
        {
            await WaitForReportsAsync(killed, ingest, minimum: 1);
            await ingest.KillAsync();
        }

        var afterKill = Count(killed, "SELECT count(*) FROM reports");
        Assert.InRange(afterKill, 1, written.Posts - 1);
        AssertConsistent(killed);

        const string Order = "SELECT group_concat(id, ',') FROM (SELECT id FROM reports ORDER BY seq)";
        var partialOrder = (string)Scalar(killed, Order)!;

        Execute(killed, "DROP TRIGGER test_slow_store");
        using (var rerun = CommandProcess.Start(_folder.Path, ["ingest", export, "--no-extract", "--db", killed]))
        {
            var result = await rerun.WaitAsync(Patience);
            Assert.Equal(ExitCodes.Failed, result.ExitCode);
            Assert.Equal(
                $"claimtrail: ingest: {written.Posts + written.Malformed} read, {written.Posts - afterKill} new, {afterKill} duplicate, {written.Malformed} failed (1 invalid date, 1 malformed record), {written.Service} skipped ({written.Service} service message)",
                result.ErrorLines[^1]);
        }

        var uninterrupted = await CliRun.RunAsync(["ingest", export, "--no-extract", "--db", clean]);
        Assert.Equal(ExitCodes.Failed, uninterrupted.ExitCode);

        AssertConsistent(killed);
        Assert.Equal(written.Posts, Count(killed, "SELECT count(*) FROM reports"));
        var resumed = Snapshot(killed);
        var expected = Snapshot(clean);
        Assert.Equal(expected.Reports, resumed.Reports);
        Assert.Equal(expected.Sources, resumed.Sources);
        const string Posts = "SELECT id || '|' || source || '|' || coalesce(published, '') || '|' || coalesce(forwarded_from, '') || '|' || coalesce(forwarded_from_source_id, '') || '|' || coalesce(reply_to, '') || '|' || coalesce(edited, '') FROM reports";
        const string Media = "SELECT report_id || '|' || position || '|' || kind || '|' || coalesce(reference, '') || '|' || coalesce(size, '') FROM report_media";
        Assert.Equal(Strings(clean, Posts), Strings(killed, Posts));
        Assert.Equal(Strings(clean, Media), Strings(killed, Media));
        Assert.Equal(Scalar(clean, Order), Scalar(killed, Order));

        // Batches are whole and stored in order: what the kill left was the start of the export.
        Assert.StartsWith(partialOrder + ",", (string)Scalar(clean, Order)!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupted_ingest_stops_between_reports_says_so_and_exits_1()
    {
        var files = Enumerable.Range(0, FileCount).Select(i => _folder.File($"notice-{i:D3}.txt", Articles.Numbered(i))).ToArray();
        var db = _folder.PathOf("interrupted.db");
        await (await SqliteLedger.OpenAsync(db)).DisposeAsync();
        Execute(db, SlowStoreTrigger);

        using var ingest = CommandProcess.Start(_folder.Path, ["ingest", .. files, "--db", db]);
        await WaitForReportsAsync(db, ingest, minimum: 10);
        await ingest.InterruptAsync();
        var result = await ingest.WaitAsync(Patience);

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var stored = Count(db, "SELECT count(*) FROM reports");
        Assert.InRange(stored, 10, FileCount - 1);
        Assert.Equal(
            $"claimtrail: ingest: interrupted after {stored} read, {stored} new, 0 duplicate, 0 failed; run it again to finish",
            Assert.Single(result.ErrorLines));
        AssertConsistent(db);
    }

    [Fact]
    public async Task Ingest_without_db_writes_claimtrail_db_in_the_working_folder()
    {
        var file = _folder.File("bridge.txt", Articles.Bridge);

        using var ingest = CommandProcess.Start(_folder.Path, "ingest", file);
        var result = await ingest.WaitAsync(Patience);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(1, Count(_folder.PathOf("claimtrail.db"), "SELECT count(*) FROM reports"));
    }

    private static async Task<int> WaitForReportsAsync(string db, CommandProcess ingest, int minimum)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (ingest.HasExited)
            {
                var ended = await ingest.WaitAsync(Patience);
                Assert.Fail($"the ingest ended (exit code {ended.ExitCode}) before it could be stopped: {ended.Error}");
            }

            var stored = Count(db, "SELECT count(*) FROM reports");
            if (stored >= minimum)
            {
                return stored;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"the ingest stored fewer than {minimum} reports in {Patience}");
    }

    private static void AssertConsistent(string db)
    {
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM mentions WHERE report_id NOT IN (SELECT id FROM reports)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM mention_relays WHERE mention_id NOT IN (SELECT id FROM mentions)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM claim_mentions WHERE mention_id NOT IN (SELECT id FROM mentions) OR claim_id NOT IN (SELECT id FROM claims)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM claim_mentions)"));
        Assert.Equal(Count(db, "SELECT count(*) FROM claims"), Count(db, "SELECT count(*) FROM claim_search"));
        Execute(db, "INSERT INTO claim_search (claim_search) VALUES ('integrity-check')");
    }

    private static LedgerSnapshot Snapshot(string db) => new(
        Strings(db, "SELECT id FROM reports"),
        Strings(db, "SELECT report_id || '|' || id FROM mentions"),
        Strings(db, "SELECT id FROM claims"),
        Strings(db, "SELECT claim_id || '|' || mention_id FROM claim_mentions"),
        Strings(db, "SELECT kind || '|' || key FROM sources"));

    private static HashSet<string> Strings(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static int Count(string db, string sql) => Convert.ToInt32(Scalar(db, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }
}
