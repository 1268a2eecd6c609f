using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary>Claim matching at ingest, sightings, provenance in <c>claim</c>, <c>claims --sort origins</c> and the PROV-JSON export.</summary>
public sealed class ProvenanceCommandTests : IDisposable
{
    // Five posts of a fictional morning: two channels state that a dam cracked, in different words; a third relays
    // the first; a fourth forwards the first word for word; a fifth says something else.
    private static readonly string[] Posts =
    [
        """{"id": "1", "platform": "telegram", "author": "Valley Alerts", "published": "2026-04-11T06:40:00Z", "text": "Valley Alerts said on Tuesday that the Elmstead reservoir dam has cracked after the storm."}""",
        """{"id": "2", "platform": "telegram", "author": "Ridge Observer", "published": "2026-04-11T07:10:00Z", "text": "According to Ridge Observer, the dam at the Elmstead reservoir developed a crack following the storm."}""",
        """{"id": "3", "platform": "telegram", "author": "Lowland Post", "published": "2026-04-11T08:00:00Z", "text": "According to Valley Alerts, the Elmstead reservoir dam has cracked after the storm."}""",
        """{"id": "4", "platform": "telegram", "author": "River Feed", "published": "2026-04-11T08:30:00Z", "forwarded_from": "Valley Alerts", "text": "Valley Alerts said on Tuesday that the Elmstead reservoir dam has cracked after the storm."}""",
        """{"id": "5", "platform": "telegram", "author": "Hill Gazette", "published": "2026-04-11T09:00:00Z", "text": "The Hill Gazette reported that the new library in Elmstead will open in March."}""",
    ];

    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_matches_reworded_claims_and_keeps_a_forward_of_the_same_text_as_a_sighting()
    {
        var posts = _folder.File("posts.jsonl", string.Join('\n', Posts));

        var ingest = await CliRun.RunAsync("ingest", posts, "--db", Db);

        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.Contains("5 read, 4 new, 1 duplicate, 0 failed", ingest.Error, StringComparison.Ordinal);
        var claims = await ListAsync("--sort", "origins");
        Assert.Equal(2, claims.Count);
        Assert.Equal(2, claims[0].GetProperty("originCount").GetInt32());
        Assert.Equal(3, claims[0].GetProperty("reportCount").GetInt32());

        var provenance = await ProvenanceAsync(claims[0].GetProperty("id").GetString()!);
        Assert.Equal(["Valley Alerts", "Ridge Observer"], provenance.GetProperty("origins").EnumerateArray().Select(o => o.GetProperty("agent").GetProperty("name").GetString()));
        var appearances = provenance.GetProperty("appearances").EnumerateArray().ToList();
        Assert.Equal(4, appearances.Count);
        Assert.Equal("sighting", appearances[3].GetProperty("kind").GetString());
        Assert.Equal("River Feed", appearances[3].GetProperty("channel").GetProperty("name").GetString());
        var first = provenance.GetProperty("firstAppearance");
        Assert.Equal(ReportIdOf(Posts[0]), first.GetProperty("reportId").GetString());
        Assert.Equal(new DateTimeOffset(2026, 4, 11, 6, 40, 0, TimeSpan.Zero), first.GetProperty("time").GetDateTimeOffset());
        Assert.True(File.Exists(Db + ".claims.usearch"));
    }

    [Fact]
    public async Task A_later_run_matches_against_the_saved_index_and_rebuilds_it_when_its_files_are_broken()
    {
        var first = _folder.File("first.txt", "Valley Alerts said on Tuesday that the Elmstead reservoir dam has cracked after the storm.");
        var second = _folder.File("second.txt", "According to Ridge Observer, the dam at the Elmstead reservoir developed a crack following the storm.");
        var third = _folder.File("third.txt", "Hill radio said that a crack has opened in the Elmstead reservoir dam after the storm.");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", first, "--db", Db)).ExitCode);

        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", second, "--db", Db)).ExitCode);
        await File.WriteAllBytesAsync(Db + ".claims.keys", [1, 2, 3]);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", third, "--db", Db)).ExitCode);

        var claim = Assert.Single(await ListAsync());
        Assert.Equal(3, claim.GetProperty("reportCount").GetInt32());
        Assert.Equal(3, claim.GetProperty("originCount").GetInt32());
    }

    [Fact]
    public async Task Ingest_with_no_match_keeps_reworded_claims_apart()
    {
        var posts = _folder.File("posts.jsonl", string.Join('\n', Posts));

        var ingest = await CliRun.RunAsync("ingest", posts, "--no-match", "--db", Db);

        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.Equal(3, (await ListAsync()).Count);
        Assert.False(File.Exists(Db + ".claims.usearch"));
    }

    [Fact]
    public async Task Claim_table_shows_origins_first_appearance_and_timeline()
    {
        await CliRun.RunAsync("ingest", _folder.File("posts.jsonl", string.Join('\n', Posts)), "--db", Db);
        var id = (await ListAsync("--sort", "origins"))[0].GetProperty("id").GetString()!;

        var run = await CliRun.RunAsync("claim", id, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Provenance: 2 independent origin(s), 4 appearance(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("First appearance: report 1 (", run.Out, StringComparison.Ordinal);
        Assert.Contains("2026-04-11 06:40 +00:00, Valley Alerts, from Valley Alerts", run.Out, StringComparison.Ordinal);
        Assert.Contains("2026-04-11", run.Out, StringComparison.Ordinal);
        Assert.Contains("(seen again)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prov_export_parses_back_with_one_primary_source_per_origin_and_every_relation_resolvable()
    {
        await CliRun.RunAsync("ingest", _folder.File("posts.jsonl", string.Join('\n', Posts)), "--db", Db);
        var output = _folder.PathOf("prov.json");

        var run = await CliRun.RunAsync("export", "--format", "prov", "--output", output, "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var prov = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = prov.RootElement;
        var entities = root.GetProperty("entity").EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var agents = root.GetProperty("agent").EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var activities = root.GetProperty("activity").EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var derivations = root.GetProperty("wasDerivedFrom").EnumerateObject().Select(p => p.Value).ToList();
        var attributions = root.GetProperty("wasAttributedTo").EnumerateObject().Select(p => p.Value).ToList();

        var dam = root.GetProperty("entity").EnumerateObject().Single(e => e.Value.TryGetProperty("ct:originCount", out var n) && n.GetInt32() == 2).Name;
        var primary = derivations.Where(d => Type(d) == "prov:PrimarySource" && d.GetProperty("prov:generatedEntity").GetString() == dam).ToList();
        Assert.Equal(2, primary.Count);
        var quotations = derivations.Where(d => Type(d) == "prov:Quotation").ToList();
        Assert.Equal(4 + 1 + 1, quotations.Count);
        Assert.All(derivations, d =>
        {
            Assert.Contains(d.GetProperty("prov:generatedEntity").GetString()!, entities);
            Assert.Contains(d.GetProperty("prov:usedEntity").GetString()!, entities);
        });
        Assert.All(attributions, a =>
        {
            Assert.Contains(a.GetProperty("prov:entity").GetString()!, entities);
            Assert.Contains(a.GetProperty("prov:agent").GetString()!, agents);
        });
        Assert.All(root.GetProperty("wasGeneratedBy").EnumerateObject(), g => Assert.Contains(g.Value.GetProperty("prov:activity").GetString()!, activities));
        var valley = agents.Single(a => a.Contains("valley", StringComparison.Ordinal));
        Assert.Contains(attributions, a => a.GetProperty("prov:agent").GetString() == valley && a.GetProperty("prov:entity").GetString()!.StartsWith("ct:statement/", StringComparison.Ordinal));
    }

    private static string? Type(JsonElement relation) =>
        relation.TryGetProperty("prov:type", out var type) ? type.GetProperty("$").GetString() : null;

    private static string ReportIdOf(string post)
    {
        using var json = JsonDocument.Parse(post);
        return ContentId.ForReport(json.RootElement.GetProperty("text").GetString()!);
    }

    private async Task<List<JsonElement>> ListAsync(params string[] options)
    {
        var run = await CliRun.RunAsync(["claims", "--json", "--db", Db, .. options]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("claims").EnumerateArray()];
    }

    private async Task<JsonElement> ProvenanceAsync(string id)
    {
        var run = await CliRun.RunAsync("claim", id, "--json", "--db", Db);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("provenance");
    }
}
