using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

public sealed class ReviewTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    private async Task<string> ClaimIdAsync()
    {
        var result = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        return result.Claims.Single(c => c.Text.Contains("close for repairs", StringComparison.Ordinal)).Id;
    }

    private static KeyValuePair<string, string>[] Fields(string status, long version, string evidence = "https://example.org/a") =>
    [
        new("Form.Status", status), new("Form.Rationale", "The port authority's notice says so."),
        new("Form.Evidence", evidence), new("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task A_review_from_the_claim_page_sets_the_status_and_shows_in_the_history()
    {
        var id = await ClaimIdAsync();
        var client = _desk.Client();

        using var response = await client.PostFormAsync("/claims/" + id, $"/claims/{id}?handler=review", Fields("confirmed", 0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Review saved", html, StringComparison.Ordinal);
        Assert.Contains("The port authority&#x27;s notice says so.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">", html, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Confirmed, (await _desk.Services.GetRequiredService<ILedger>().GetClaimAsync(id))!.Status);
    }

    [Fact]
    public async Task A_stale_review_from_the_page_is_a_conflict_that_names_the_other_reviewer()
    {
        var id = await ClaimIdAsync();
        var ana = _desk.Client("ana");
        var ben = _desk.Client("ben");
        var benPage = await ben.GetPageAsync("/claims/" + id);
        (await ana.PostFormAsync("/claims/" + id, $"/claims/{id}?handler=review", Fields("false", 0))).Dispose();

        using var content = new FormUrlEncodedContent(Fields("confirmed", 0).Append(new("__RequestVerificationToken", Forms.Token(benPage))));
        using var response = await ben.PostAsync($"/claims/{id}?handler=review", content);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not saved: someone reviewed this claim while you were editing.", html, StringComparison.Ordinal);
        Assert.Contains("set by ana", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Version\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.False, (await _desk.Services.GetRequiredService<ILedger>().GetClaimAsync(id))!.Status);
    }

    [Fact]
    public async Task A_javascript_evidence_link_is_refused()
    {
        var id = await ClaimIdAsync();

        using var response = await _desk.Client().PostFormAsync("/claims/" + id, $"/claims/{id}?handler=review", Fields("false", 0, evidence: "javascript:alert(1)"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Not an http or https link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_takes_a_review_with_if_match_and_refuses_a_stale_one_with_409()
    {
        var id = await ClaimIdAsync();
        var client = _desk.Client();
        using var claim = await client.GetAsync("/api/claims/" + id);
        var etag = claim.Headers.ETag!.Tag;
        Assert.Equal("\"0\"", etag);

        using var first = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{id}/reviews") { Content = JsonContent.Create(new { status = "false", rationale = "No notice was published." }) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        using var created = await client.SendAsync(first);
        using var second = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{id}/reviews") { Content = JsonContent.Create(new { status = "confirmed", rationale = "It was." }) };
        second.Headers.TryAddWithoutValidation("If-Match", etag);
        using var stale = await client.SendAsync(second);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(1, problem.RootElement.GetProperty("currentVersion").GetInt64());
        Assert.Contains("by ana", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_reviews_but_no_review_form_and_cannot_post_one()
    {
        var id = await ClaimIdAsync();
        var viewer = _desk.Client("vera", Users.DeskRole.Viewer);

        var page = await viewer.GetPageAsync("/claims/" + id);
        using var content = new FormUrlEncodedContent(Fields("false", 0).Append(new("__RequestVerificationToken", Forms.Token(page))));
        using var response = await viewer.PostAsync($"/claims/{id}?handler=review", content);

        Assert.DoesNotContain("Save review", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Status/403", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Unverified, (await _desk.Services.GetRequiredService<ILedger>().GetClaimAsync(id))!.Status);
    }
}
