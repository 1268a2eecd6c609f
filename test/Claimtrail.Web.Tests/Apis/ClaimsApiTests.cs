using System.Net;
using System.Text.Json;
using Claimtrail.Ledger;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Apis;

public sealed class ClaimsApiTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Lists_claims_as_a_page_with_a_total()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);

        using var json = JsonDocument.Parse(await _desk.Client().GetStringAsync("/api/claims?limit=1"));

        Assert.Equal(1, json.RootElement.GetProperty("claims").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 1);
        Assert.Equal("unverified", json.RootElement.GetProperty("claims")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_status_is_a_validation_problem()
    {
        using var response = await _desk.Client().GetAsync("/api/claims?status=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("status", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_claim_is_404()
    {
        using var response = await _desk.Client().GetAsync("/api/claims/c-0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_graph_of_a_claim_links_its_report_to_the_relay_and_marks_the_origin()
    {
        var stored = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var flooded = stored.Claims.Single(c => c.Text.Contains("ferry terminal", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await _desk.Client().GetStringAsync("/api/claims/" + flooded.Id + "/graph"));

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("kind").GetString() == "report" && !n.GetProperty("origin").GetBoolean());
        var origin = Assert.Single(json.RootElement.GetProperty("origins").EnumerateArray());
        Assert.Contains("Coastline Monitor", origin.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.All(edges, e => Assert.Contains(nodes, n => n.GetProperty("id").GetString() == e.GetProperty("target").GetString()));
        Assert.NotEmpty(edges);
    }

    [Fact]
    public async Task The_graph_of_a_claim_relayed_through_a_citation_has_the_cores_independent_origins()
    {
        await _desk.IngestAsync("relayed.txt", Reports.TankerRelayed);
        await _desk.IngestAsync("direct.txt", Reports.TankerDirect);
        var stored = await _desk.IngestAsync("coast-guard.txt", Reports.TankerCoastGuard);
        var tanker = stored.Claims.Single(c => c.Text.Contains("tanker", StringComparison.Ordinal));
        var provenance = await _desk.Services.GetRequiredService<ILedger>().GetProvenanceAsync(tanker.Id);

        using var json = JsonDocument.Parse(await _desk.Client().GetStringAsync("/api/claims/" + tanker.Id + "/graph"));

        var origins = json.RootElement.GetProperty("origins").EnumerateArray().Select(o => o.GetProperty("label").GetString()).ToList();
        Assert.Equal(2, provenance!.Origins.Count);
        Assert.Equal(provenance.Origins.Select(o => o.Agent.Name), origins);
        Assert.Equal(2, json.RootElement.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("origin").GetBoolean()));
        // The citation is a link from the report to the outlet that relays, then on to the officials it cites.
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "quoted_from" && e.GetProperty("target").GetString() == "agent:harbor post");
        Assert.Contains(edges, e => e.GetProperty("source").GetString() == "agent:harbor post" && e.GetProperty("kind").GetString() == "attributed_to");
    }

    [Fact]
    public async Task The_graph_of_an_unknown_claim_is_404()
    {
        using var response = await _desk.Client().GetAsync("/api/claims/c-0000000000000000/graph");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Lists_claims_filtered_by_source_and_refuses_a_bad_language_naming_it()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var client = _desk.Client();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/claims?source=coastline%20monitor&lang=en"));
        using var bad = await client.GetAsync("/api/claims?lang=English");

        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"lang\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
