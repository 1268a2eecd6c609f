using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Sqlite;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_claimreview_writes_only_claims_with_a_final_verdict()
    {
        var id = await LedgerSeed.WriteAsync(Db);
        await using (var ledger = await SqliteLedger.OpenAsync(Db))
        {
            await ledger.ReviewAsync(new ReviewRequest(id, ClaimStatus.Misleading, "Old footage.", [], "ana", 0));
        }

        var run = await CliRun.RunAsync("export", "--format", "claimreview", "--base-url", "https://desk.example/", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var review = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("https://desk.example/claims/" + id, review.GetProperty("url").GetString());
        Assert.Equal("Misleading", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.True(review.GetProperty("claimReviewed").GetString()!.Length < 75);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        var run = await CliRun.RunAsync("export", "--format", "pdf", "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
