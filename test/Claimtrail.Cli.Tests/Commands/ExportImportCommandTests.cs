using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class ExportImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_export_imported_into_a_new_ledger_exports_the_same_bytes()
    {
        var source = _folder.PathOf("source.db");
        var copy = _folder.PathOf("copy.db");
        await LedgerSeed.WriteAsync(source);
        var article = _folder.File("harbour.txt", Articles.Power);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", article, "--db", source)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("places", "add", "Quay Street", "--lat", "51.48", "--lon", "-3.17", "--within", "Kestrel Bay", "--note", "harbour wall in the photo", "--db", source)).ExitCode);

        var export = await CliRun.RunAsync("export", "--format", "jsonl", "--db", source);
        var file = _folder.File("ledger.jsonl", export.Out);
        var import = await CliRun.RunAsync("import", file, "--db", copy);
        var again = await CliRun.RunAsync("export", "--format", "jsonl", "--db", copy);

        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal(["claimtrail: export: 3 reports from " + source], export.ErrorLines);
        Assert.StartsWith("{\"schema\":\"claimtrail.ledger/1\"}\n", export.Out, StringComparison.Ordinal);
        Assert.Equal(["claimtrail: import: 3 read, 3 new, 0 duplicate, 0 failed", "claimtrail: import: 0 sightings, 3 claim embeddings", "claimtrail: import: 0 accounts, 0 API tokens, 1 desk places, 0 audit entries"], import.ErrorLines);
        Assert.Contains("{\"deskPlace\":{\"name\":\"Quay Street\"", export.Out, StringComparison.Ordinal);
        Assert.Equal(export.Out, again.Out);
        Assert.Equal((await CliRun.RunAsync("claims", "--json", "--db", source)).Out, (await CliRun.RunAsync("claims", "--json", "--db", copy)).Out);
    }

    [Fact]
    public async Task The_watch_state_of_feeds_travels_with_an_export_and_an_import()
    {
        var source = _folder.PathOf("source.db");
        var copy = _folder.PathOf("copy.db");
        await LedgerSeed.WriteAsync(source);
        var kept = new FeedCheckpoint("https://example.org/feed")
        {
            ETag = "\"v7\"",
            LastModified = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero),
            Failures = 2,
            RetryAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            Seen = ["https://example.org/a\n01ab"],
        };
        await using (var ledger = await Ledger.Sqlite.SqliteLedger.OpenAsync(source))
        {
            await ledger.SaveFeedCheckpointAsync(kept);
        }

        var export = await CliRun.RunAsync("export", "--format", "jsonl", "--db", source);
        var import = await CliRun.RunAsync("import", _folder.File("ledger.jsonl", export.Out), "--db", copy);
        var again = await CliRun.RunAsync("export", "--format", "jsonl", "--db", copy);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("\n{\"feed\":{\"url\":\"https://example.org/feed\"", export.Out, StringComparison.Ordinal);
        Assert.Equal(export.Out, again.Out);
        await using var copied = await Ledger.Sqlite.SqliteLedger.OpenAsync(copy);
        var restored = await copied.GetFeedCheckpointAsync(kept.Url);
        Assert.NotNull(restored);
        Assert.Equal((kept.ETag, kept.LastModified, kept.Failures, kept.RetryAt), (restored.ETag, restored.LastModified, restored.Failures, restored.RetryAt));
        Assert.Equal(kept.Seen, restored.Seen);
    }

    [Fact]
    public async Task Export_to_a_file_writes_the_file_and_nothing_to_stdout()
    {
        var db = _folder.PathOf("ledger.db");
        await LedgerSeed.WriteAsync(db);
        var output = _folder.PathOf("out.jsonl");

        var run = await CliRun.RunAsync("export", "--format", "jsonl", "--output", output, "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(3, File.ReadAllLines(output).Length);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xml")]
    public async Task Export_in_an_unknown_format_is_a_usage_error(string format)
    {
        var run = await CliRun.RunAsync("export", "--format", format, "--db", _folder.PathOf("ledger.db"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Import_reports_a_bad_line_by_number_and_stores_the_rest()
    {
        var source = _folder.PathOf("source.db");
        await LedgerSeed.WriteAsync(source);
        var lines = (await CliRun.RunAsync("export", "--format", "jsonl", "--db", source)).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(2, "{\"id\": 42, this is not json");
        var file = _folder.File("broken.jsonl", string.Join('\n', lines) + "\n");

        var run = await CliRun.RunAsync("import", file, "--db", _folder.PathOf("copy.db"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith($"claimtrail: {file} (line 3): not a ledger entry", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("claimtrail: import: 3 read, 2 new, 0 duplicate, 1 failed", run.ErrorLines[^1]);
    }

    [Fact]
    public async Task Import_of_a_file_without_the_header_fails_with_its_name()
    {
        var file = _folder.File("notes.jsonl", "{\"hello\": \"world\"}\n");

        var run = await CliRun.RunAsync("import", file, "--db", _folder.PathOf("copy.db"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.False(File.Exists(_folder.PathOf("copy.db")));
        Assert.Equal([$"claimtrail: {file} (line 1): not a {LedgerJsonLines.Schema} file (the first line must be {{\"schema\":\"{LedgerJsonLines.Schema}\"}})"], run.ErrorLines);
    }
}
