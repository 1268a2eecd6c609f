using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claimtrail.Web.Tests.Support;

namespace Claimtrail.Web.Tests.Apis;

public sealed class PublishingApiTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    private async Task<string> ReviewedClaimAsync(string status)
    {
        var result = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var id = result.Claims.Single(c => c.Text.Contains("close for repairs", StringComparison.Ordinal)).Id;
        using var response = await _desk.Client().PostAsJsonAsync($"/api/claims/{id}/reviews", new { status, rationale = "The notice was withdrawn.", version = 0 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    [Fact]
    public async Task A_claim_with_a_final_verdict_exports_as_claimreview_json_ld_without_sign_in()
    {
        var id = await ReviewedClaimAsync("false");

        using var response = await _desk.AnonymousClient().GetAsync($"/api/claims/{id}/claimreview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ClaimReview", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("False", json.RootElement.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("http://localhost/claims/" + id, json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_claim_in_review_is_not_published()
    {
        var id = await ReviewedClaimAsync("in_review");

        using var response = await _desk.AnonymousClient().GetAsync($"/api/claims/{id}/claimreview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not published", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_json_feed_lists_published_verdicts_only()
    {
        var id = await ReviewedClaimAsync("confirmed");

        using var response = await _desk.AnonymousClient().GetAsync("/feed.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("http://localhost/claims/" + id, item.GetProperty("id").GetString());
        Assert.StartsWith("Confirmed: ", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("ClaimReview", item.GetProperty("_claimreview").GetProperty("@type").GetString());
    }
}
