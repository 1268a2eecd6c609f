using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class ClaimsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Claims_json_lists_each_claim_with_its_counts()
    {
        var id = await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claims", "--json", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("claimtrail.claims/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal(id, claim.GetProperty("id").GetString());
        Assert.Equal(LedgerSeed.TunnelClaim, claim.GetProperty("text").GetString());
        Assert.Equal("unverified", claim.GetProperty("status").GetString());
        Assert.Equal(2, claim.GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, claim.GetProperty("reportCount").GetInt32());
        Assert.Equal(LedgerSeed.Now, claim.GetProperty("firstSeen").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("zizkov tunnel", 1)]
    [InlineData("Žižkov", 1)]
    [InlineData("bridge", 0)]
    public async Task Claims_query_searches_the_text_without_regard_to_accents(string query, int expected)
    {
        await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claims", "--query", query, "--json", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task Claims_without_json_prints_a_table_with_the_claim()
    {
        var id = await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claims", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(id, run.Out, StringComparison.Ordinal);
        Assert.Contains("Claims 1–1 of 1.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_on_a_missing_ledger_fails_and_creates_no_file()
    {
        var run = await CliRun.RunAsync("claims", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal([$"claimtrail: {Db}: no ledger there (create one with 'claimtrail ingest')"], run.ErrorLines);
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--limit", "100000")]
    [InlineData("--offset", "-1")]
    public async Task Claims_with_an_out_of_range_page_is_a_usage_error(string option, string value)
    {
        await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claims", option, value, "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims")]
    [InlineData("claim", "c-0123456789abcdef")]
    [InlineData("ingest", "article.txt")]
    public async Task An_empty_db_path_is_a_usage_error(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--db", " "]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--db needs a file path or a connection string.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_limit_and_offset_page_through_the_list()
    {
        await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claims", "--json", "--limit", "1", "--offset", "1", "--db", Db);

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("offset").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("claims").GetArrayLength());
    }
}
