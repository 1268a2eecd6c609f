using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class WorkerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("worker")]
    [InlineData("enqueue", "article.txt")]
    public async Task The_work_queue_on_a_sqlite_file_is_refused_and_no_file_appears(params string[] args)
    {
        var db = _folder.PathOf("ledger.db");

        var run = await CliRun.RunAsync([.. args, "--db", db]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal([$"claimtrail: {db}: the work queue needs a PostgreSQL ledger (--db \"Host=…;Database=…\")"], run.ErrorLines);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("--batch", "0")]
    [InlineData("--lease", "0")]
    public async Task Worker_with_an_out_of_range_option_is_a_usage_error(string option, string value)
    {
        var run = await CliRun.RunAsync("worker", option, value, "--db", "Host=127.0.0.1;Database=none");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
