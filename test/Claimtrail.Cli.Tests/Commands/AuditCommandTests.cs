using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_intact_log_verifies_with_exit_code_0()
    {
        await ReviewTwiceAsync();

        var run = await CliRun.RunAsync("audit", "verify", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("audit log intact: 2 entries", run.Out.Trim());
    }

    [Theory]
    [InlineData("UPDATE audit_log SET payload = replace(payload, 'in_review', 'confirmed') WHERE seq = 1", "entry 1: its content does not match its hash: the entry was edited")]
    [InlineData("DELETE FROM audit_log WHERE seq = 1", "entry 2: expected entry 1, found entry 2: an entry was inserted or deleted")]
    [InlineData("DELETE FROM audit_log WHERE seq = 2", "entry 1: the log ends at entry 1 but its head records entry 2")]
    public async Task A_tampered_log_fails_with_exit_code_1_and_says_where(string tamper, string message)
    {
        await ReviewTwiceAsync();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = tamper;
            command.ExecuteNonQuery();
        }

        var run = await CliRun.RunAsync("audit", "verify", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("claimtrail: audit: " + message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_ledger_is_an_error()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--db", _folder.PathOf("none.db"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
    }

    private async Task ReviewTwiceAsync()
    {
        var id = await LedgerSeed.WriteAsync(Db);
        await using var ledger = await SqliteLedger.OpenAsync(Db);
        Assert.Equal(ReviewOutcome.Applied, (await ledger.ReviewAsync(new ReviewRequest(id, ClaimStatus.InReview, "looking", [], "ana", 0))).Outcome);
        Assert.Equal(ReviewOutcome.Applied, (await ledger.ReviewAsync(new ReviewRequest(id, ClaimStatus.False, "debunked", ["https://example.org/x"], "ana", 1))).Outcome);
    }
}
