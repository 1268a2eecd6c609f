using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class DbCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Db_migrate_creates_a_ledger_file_then_finds_it_up_to_date()
    {
        var first = await CliRun.RunAsync("db", "migrate", "--db", Db);
        var second = await CliRun.RunAsync("db", "migrate", "--db", Db);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal($"{Db}: schema version {SqliteLedger.LatestSchemaVersion} ({SqliteLedger.LatestSchemaVersion} migration{(SqliteLedger.LatestSchemaVersion == 1 ? string.Empty : "s")} applied)", first.Out.Trim());
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal($"{Db}: schema version {SqliteLedger.LatestSchemaVersion} (0 migrations applied)", second.Out.Trim());
    }

    [Fact]
    public async Task Db_without_a_subcommand_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("db", "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(File.Exists(Db));
    }
}
