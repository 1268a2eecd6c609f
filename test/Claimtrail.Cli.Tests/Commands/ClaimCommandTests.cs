using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class ClaimCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Claim_json_has_every_mention_with_its_speaker_relay_evidence_and_places()
    {
        var id = await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claim", id, "--json", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("claimtrail.claim/1", json.RootElement.GetProperty("schema").GetString());
        var claim = json.RootElement.GetProperty("claim");
        Assert.Equal(id, claim.GetProperty("id").GetString());
        var mentions = claim.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(2, mentions.Count);
        var first = mentions[0].GetProperty("mention");
        Assert.Equal(LedgerSeed.Tunnel().Id, mentions[0].GetProperty("reportId").GetString());
        Assert.Equal("Engineers from the transport agency", first.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("collective", first.GetProperty("speaker").GetProperty("kind").GetString());
        Assert.Equal("said on Friday", first.GetProperty("cue").GetString());
        var relay = Assert.Single(first.GetProperty("relay").EnumerateArray());
        Assert.Equal("the Evening Courier", relay.GetProperty("name").GetString());
        Assert.Equal("as first reported by", relay.GetProperty("cue").GetString());
        Assert.Equal("photo", Assert.Single(first.GetProperty("evidence").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal("Prague", Assert.Single(first.GetProperty("places").EnumerateArray()).GetProperty("within").GetString());
        Assert.Equal("asserts", first.GetProperty("stance").GetString());
        var reports = claim.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToList();
        Assert.Equal(["tunnel.txt", "follow-up.txt"], reports);
    }

    [Fact]
    public async Task Claim_without_json_prints_its_mentions_and_reports()
    {
        var id = await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claim", id, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("the Evening Courier (as first reported by)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tunnel declared safe — tunnel.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("follow-up.txt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_claim_id_is_a_clear_error()
    {
        await LedgerSeed.WriteAsync(Db);

        var run = await CliRun.RunAsync("claim", "c-does-not-exist", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal([$"claimtrail: no claim with id 'c-does-not-exist' in {Db} (list them with 'claimtrail claims')"], run.ErrorLines);
    }

    [Fact]
    public async Task Claim_on_a_missing_ledger_fails_and_creates_no_file()
    {
        var run = await CliRun.RunAsync("claim", "c-0123456789abcdef", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("no ledger there", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Ingest_then_claims_then_claim_agree_with_each_other()
    {
        var files = new[] { _folder.File("bridge.txt", Articles.Bridge), _folder.File("harvest.txt", Articles.Harvest), _folder.File("power.txt", Articles.Power) };
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(["ingest", .. files, "--db", Db])).ExitCode);

        var list = await CliRun.RunAsync("claims", "--json", "--limit", "1000", "--db", Db);

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        using var json = JsonDocument.Parse(list.Out);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), claims.Count);
        foreach (var summary in claims)
        {
            var one = await CliRun.RunAsync("claim", summary.GetProperty("id").GetString()!, "--json", "--db", Db);
            Assert.Equal(ExitCodes.Success, one.ExitCode);
            using var detail = JsonDocument.Parse(one.Out);
            Assert.Equal(summary.GetProperty("mentionCount").GetInt32(), detail.RootElement.GetProperty("claim").GetProperty("mentions").GetArrayLength());
        }
    }
}
