using System.Net;
using System.Text.Json;
using Claimtrail.Web.Tests.Support;

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
}
