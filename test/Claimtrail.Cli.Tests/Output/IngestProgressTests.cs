using Claimtrail.Cli.Output;

namespace Claimtrail.Cli.Tests.Output;

public sealed class IngestProgressTests
{
    [Fact]
    public async Task Redirected_a_large_input_gets_plain_progress_lines_and_a_small_one_none()
    {
        using var large = new StringWriter();
        using var small = new StringWriter();

        await IngestProgress.RunAsync(new CliContext(TextWriter.Null, large, IsTerminal: false), 4_000_000, worthABar: true, async progress =>
        {
            await progress.ReportAsync(1_000_000, () => "10 read");
            await progress.ReportAsync(3_000_000, () => "30 read");
            return 0;
        }, lineInterval: TimeSpan.Zero);
        await IngestProgress.RunAsync(new CliContext(TextWriter.Null, small, IsTerminal: false), 4_000, worthABar: true, async progress =>
        {
            await progress.ReportAsync(1_000, () => "1 read");
            return 0;
        }, lineInterval: TimeSpan.Zero);

        Assert.Equal(["claimtrail: ingest: 25%: 10 read", "claimtrail: ingest: 75%: 30 read"], large.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(string.Empty, small.ToString());
    }
}
