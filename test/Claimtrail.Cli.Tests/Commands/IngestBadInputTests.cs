using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class IngestBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_reports_each_bad_file_on_one_line_stores_the_good_one_and_exits_1()
    {
        var db = _temp.PathOf("ledger.db");
        var missing = _temp.PathOf("missing.txt");
        var folder = Directory.CreateDirectory(_temp.PathOf("a-folder")).FullName;
        var binary = _temp.File("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        var empty = _temp.File("empty.txt", []);
        var invalid = _temp.File("latin1.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'o', (byte)'k']);
        var huge = _temp.Sparse("huge.txt", 200L * 1024 * 1024);
        var scripts = _temp.File("scripts.html", "<html><body><script>document.write('hi')</script><style>p{}</style></body></html>");
        var good = _temp.File("good.txt", "The lighthouse keeper said on Sunday that the lamp had failed twice this winter.");

        var run = await CliRun.RunAsync("ingest", missing, folder, binary, empty, invalid, huge, scripts, good, "--db", db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(8, run.ErrorLines.Count);
        foreach (var bad in new[] { missing, folder, binary, empty, invalid, huge, scripts })
        {
            Assert.Single(run.ErrorLines, line => line.StartsWith($"claimtrail: {bad}: ", StringComparison.Ordinal));
        }

        Assert.Equal("claimtrail: ingest: 8 read, 1 new, 0 duplicate, 7 failed", run.ErrorLines[^1]);
        await using var ledger = await SqliteLedger.OpenAsync(db);
        Assert.Equal(1, (await ledger.CountAsync()).Reports);
    }
}
