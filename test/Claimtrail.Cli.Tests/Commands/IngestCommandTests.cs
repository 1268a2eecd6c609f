using System.Globalization;
using System.Text.RegularExpressions;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private const string SeedReport = "seed/moscow-air-defence-report.txt";

    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_stores_each_report_once_and_summarises_on_stderr()
    {
        var bridge = _folder.File("bridge.txt", Articles.Bridge);
        var harvest = _folder.File("harvest.md", Articles.Harvest);

        var run = await CliRun.RunAsync("ingest", bridge, harvest, bridge, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(["claimtrail: ingest: 3 read, 2 new, 1 duplicate, 0 failed"], run.ErrorLines);
        Assert.Equal(2, (await CountAsync()).Reports);
    }

    [Fact]
    public async Task Ingesting_the_same_files_again_changes_nothing()
    {
        var files = new[] { _folder.File("bridge.txt", Articles.Bridge), _folder.File("power.txt", Articles.Power) };
        await CliRun.RunAsync(["ingest", .. files, "--db", Db]);
        var before = await CountAsync();

        var again = await CliRun.RunAsync(["ingest", .. files, "--db", Db]);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("2 read, 0 new, 2 duplicate, 0 failed", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_bad_file_gets_one_error_line_naming_it_and_the_batch_goes_on()
    {
        var missing = _folder.PathOf("missing.txt");
        var bridge = _folder.File("bridge.txt", Articles.Bridge);

        var run = await CliRun.RunAsync("ingest", missing, bridge, "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith($"claimtrail: {missing}: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("claimtrail: ingest: 2 read, 1 new, 0 duplicate, 1 failed", run.ErrorLines[1]);
        Assert.Equal(1, (await CountAsync()).Reports);
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("a-folder")]
    public async Task An_unreadable_input_is_reported_with_its_path_and_the_others_are_stored(string name)
    {
        Directory.CreateDirectory(_folder.PathOf("a-folder"));
        var bad = _folder.PathOf(name);
        var bridge = _folder.File("bridge.txt", Articles.Bridge);
        var power = _folder.File("power.txt", Articles.Power);

        var run = await CliRun.RunAsync("ingest", bridge, bad, power, "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith($"claimtrail: {bad}: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(2, (await CountAsync()).Reports);
    }

    [Fact]
    public async Task With_stdout_on_a_terminal_and_stderr_redirected_each_error_stays_one_whole_line()
    {
        var missing = _folder.PathOf(Path.Combine("a-folder-name-long-enough-that-a-console-eighty-columns-wide-would-wrap-it", "missing.txt"));
        var files = Enumerable.Range(0, 5).Select(i => _folder.File($"notice-{i}.txt", Articles.Numbered(i))).Append(missing).ToArray();

        var run = await CliRun.RunAsync(terminal: true, ["ingest", .. files, "--db", Db]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith($"claimtrail: {missing}: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("claimtrail: ingest: 6 read, 5 new, 0 duplicate, 1 failed", run.ErrorLines[1]);
        Assert.Equal(5, (await CountAsync()).Reports);
    }

    [Fact]
    public async Task Two_ingests_into_one_new_ledger_at_once_store_each_report_once()
    {
        var files = Enumerable.Range(0, 40).Select(i => _folder.File($"notice-{i}.txt", Articles.Numbered(i))).ToArray();

        // Overlapping halves, so both runs race to create the schema and to store the same reports.
        var runs = await Task.WhenAll(
            Task.Run(() => CliRun.RunAsync(["ingest", .. files[..30], "--db", Db])),
            Task.Run(() => CliRun.RunAsync(["ingest", .. files[10..], "--db", Db])));

        Assert.All(runs, r => Assert.Equal(ExitCodes.Success, r.ExitCode));
        var stored = runs.Sum(r => int.Parse(Regex.Match(r.ErrorLines.Single(), @"(\d+) new").Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(40, stored);
        Assert.Equal(40, (await CountAsync()).Reports);
    }

    [Fact]
    public async Task Ingest_stores_the_mentions_and_claims_the_pipeline_finds()
    {
        var power = _folder.File("power.txt", Articles.Power);
        var pipeline = AnalysisPipeline.CreateDefault();
        var report = pipeline.Analyze(await DocumentReader.ReadFileAsync(power));
        var claims = pipeline.AnalyzeAll([report]).Claims;

        var run = await CliRun.RunAsync("ingest", power, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        await using var ledger = await SqliteLedger.OpenAsync(Db);
        var counts = await ledger.CountAsync();
        Assert.Equal(report.Mentions.Count, counts.Mentions);
        Assert.Equal(claims.Count, counts.Claims);
        foreach (var claim in claims)
        {
            var stored = await ledger.GetClaimAsync(claim.Id);
            Assert.NotNull(stored);
            Assert.Equal(claim.Mentions.Order(StringComparer.Ordinal), stored.Mentions.Select(m => m.Mention.Id).Order(StringComparer.Ordinal));
            Assert.All(stored.Mentions, m => Assert.Equal(report.Id, m.ReportId));
        }
    }

    [Fact]
    public async Task A_ledger_file_that_is_not_a_database_fails_the_run_with_its_name()
    {
        var notADatabase = _folder.File("ledger.db", "a shopping list, not a ledger: bread, milk, tea, and more bread for good measure");
        var bridge = _folder.File("bridge.txt", Articles.Bridge);

        var run = await CliRun.RunAsync("ingest", bridge, "--db", notADatabase);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith($"claimtrail: {notADatabase}: cannot open the ledger", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_without_files_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("ingest", "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(File.Exists(Db));
    }

    [SharedDataFact(SeedReport)]
    public async Task The_seed_report_is_ingested_once_with_what_the_pipeline_finds_in_it()
    {
        var seed = SharedData.Require(SeedReport);
        var pipeline = AnalysisPipeline.CreateDefault();
        var report = pipeline.Analyze(await DocumentReader.ReadFileAsync(seed));
        var claims = pipeline.AnalyzeAll([report]).Claims;

        var first = await CliRun.RunAsync("ingest", seed, "--db", Db);
        var second = await CliRun.RunAsync("ingest", seed, "--db", Db);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("1 read, 1 new, 0 duplicate, 0 failed", first.Error, StringComparison.Ordinal);
        Assert.Contains("1 read, 0 new, 1 duplicate, 0 failed", second.Error, StringComparison.Ordinal);
        await using var ledger = await SqliteLedger.OpenAsync(Db);
        var sources = report.Mentions
            .SelectMany(m => m.Relay.Select(r => (r.Kind, r.Name)).Append((m.Speaker.Kind, m.Speaker.Name)))
            .Where(s => s.Name.Length > 0)
            .Select(s => (s.Kind, SourceKey.For(s.Name)))
            .Distinct()
            .Count();
        Assert.Equal(new LedgerCounts(1, sources, report.Mentions.Count, claims.Count), await ledger.CountAsync());
        var listed = await ledger.ListClaimsAsync(new ClaimQuery { Limit = ClaimQuery.MaxLimit });
        Assert.Equal(claims.Select(c => c.Id).Order(StringComparer.Ordinal), listed.Claims.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    private async Task<LedgerCounts> CountAsync()
    {
        await using var ledger = await SqliteLedger.OpenAsync(Db, new SqliteLedgerOptions { CreateIfMissing = false });
        return await ledger.CountAsync();
    }
}
