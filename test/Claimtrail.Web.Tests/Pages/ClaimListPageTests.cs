using System.Net;
using Claimtrail.Web.Tests.Support;

namespace Claimtrail.Web.Tests.Pages;

public sealed class ClaimListPageTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task An_empty_ledger_invites_an_ingest()
    {
        var html = await _desk.Client().GetPageAsync("/");

        Assert.Contains("The ledger is empty", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ingest\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_every_stored_claim_with_its_status_and_report_count()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        await _desk.IngestAsync("ferry.txt", Reports.Ferry);

        var html = await _desk.Client().GetPageAsync("/");

        Assert.Contains("the northern harbour will close for repairs", html, StringComparison.Ordinal);
        Assert.Contains("dockworkers were not consulted", html, StringComparison.Ordinal);
        Assert.Contains("2 reports", html, StringComparison.Ordinal);
        Assert.Contains("status-unverified", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_keeps_only_matching_claims()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);

        var html = await _desk.Client().GetPageAsync("/?q=dockworkers");

        Assert.Contains("dockworkers were not consulted", html, StringComparison.Ordinal);
        Assert.DoesNotContain("will close for repairs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_most_reports_puts_the_claim_two_reports_state_first()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        await _desk.IngestAsync("ferry.txt", Reports.Ferry);

        var html = await _desk.Client().GetPageAsync("/?sort=reports");

        var first = html.IndexOf("class=\"claim-link\"", StringComparison.Ordinal);
        Assert.True(first >= 0);
        Assert.StartsWith("the northern harbour will close for repairs", html[(html.IndexOf('>', first) + 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_a_status_no_claim_has_shows_none()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);

        var html = await _desk.Client().GetPageAsync("/?status=confirmed");

        Assert.Contains("No claim matches", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_a_strict_content_security_policy()
    {
        using var response = await _desk.Client().GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Stylesheet_and_script_are_served_from_the_assembly()
    {
        var client = _desk.Client();

        using var css = await client.GetAsync("/assets/desk.css");
        using var js = await client.GetAsync("/assets/desk.js");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", js.Content.Headers.ContentType?.ToString());
        using var icon = await _desk.AnonymousClient().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
