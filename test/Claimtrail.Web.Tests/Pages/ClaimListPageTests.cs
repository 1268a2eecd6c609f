using System.Net;
using Claimtrail.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

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
    public async Task Sorting_by_most_origins_puts_the_claim_from_two_origins_before_one_in_more_reports()
    {
        // The tanker first, so neither newest-first nor most-reports-first would put it at the top.
        await _desk.IngestAsync("relayed.txt", Reports.TankerRelayed);
        await _desk.IngestAsync("coast-guard.txt", Reports.TankerCoastGuard);
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        await _desk.IngestAsync("ferry.txt", Reports.Ferry);
        await _desk.IngestAsync("bulletin.txt", "Bulletin. The port authority said that the northern harbour will close for repairs.");
        var client = _desk.Client();

        var byOrigins = await client.GetPageAsync("/?sort=origins");
        var byReports = await client.GetPageAsync("/?sort=reports");

        Assert.StartsWith("the tanker left without clearance", FirstClaim(byOrigins), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("the northern harbour will close for repairs", FirstClaim(byReports), StringComparison.Ordinal);
        Assert.Contains("<span class=\"origin-count\" title=\"Independent origins\">2 origins</span>", byOrigins, StringComparison.Ordinal);
        Assert.Contains(">1 origin</span>", byOrigins, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_check_worthiness_to_two_decimals_or_a_dash()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);

        var html = await _desk.Client().GetPageAsync("/");

        Assert.Matches("check-worthiness (—|[0-9]\\.[0-9]{2})</span>", html);
        Assert.DoesNotMatch("check-worthiness [0-9]\\.[0-9]{3}", html);
    }

    [Fact]
    public async Task Filtering_by_a_status_no_claim_has_shows_none()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);

        var html = await _desk.Client().GetPageAsync("/?status=confirmed");

        Assert.Contains("No claim matches", html, StringComparison.Ordinal);
    }

    private static string FirstClaim(string html)
    {
        var first = html.IndexOf("class=\"claim-link\"", StringComparison.Ordinal);
        Assert.True(first >= 0);
        return html[(html.IndexOf('>', first) + 1)..];
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

    [Fact]
    public async Task Source_language_and_date_filters_combine_and_the_form_shows_them_back()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var html = await _desk.Client().GetPageAsync("/?source=Coastline+Monitor&lang=en&from=2000-01-01&to=" + today);

        Assert.Contains("the ferry terminal was flooded", html, StringComparison.Ordinal);
        Assert.DoesNotContain("will close for repairs", html, StringComparison.Ordinal);
        Assert.Contains("name=\"source\" value=\"Coastline Monitor\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" value=\"2000-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("No claim matches", await _desk.Client().GetPageAsync("/?source=Coastline+Monitor&lang=ru"), StringComparison.Ordinal);
        Assert.Contains("No claim matches", await _desk.Client().GetPageAsync("/?source=Coastline+Monitor&to=2000-01-01"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=yesterday", "from", "Not a date")]
    [InlineData("to=2024-03-01T18:00:00", "to", "Not a date")]
    [InlineData("from=2024-03-02&to=2024-03-01", "to", "Must be after from")]
    [InlineData("lang=English", "lang", "Not a language code")]
    [InlineData("source=%C2%AB%C2%BB", "source", "at least one letter or digit")]
    [InlineData("sort=oldest", "sort", "Not an order")]
    [InlineData("offset=-3", "offset", "Must be a whole number")]
    public async Task A_filter_that_cannot_be_read_is_refused_naming_it_and_why(string query, string field, string reason)
    {
        using var response = await _desk.Client().GetAsync("/?" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<strong>" + field + "</strong>: ", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pager_keeps_every_filter_in_its_links()
    {
        var request = new Web.Services.ClaimListRequest { Q = "air defence", Source = "Meduza", Place = "Moscow", Lang = "ru", From = "2024-03-01", Sort = "reports" };

        Assert.Equal("/?q=air%20defence&sort=reports&source=Meduza&place=Moscow&from=2024-03-01&lang=ru&offset=25", request.Link(25));
        Assert.Equal("/?q=air%20defence&sort=reports&source=Meduza&place=Moscow&from=2024-03-01&lang=ru", request.Link(0));
    }

    [Fact]
    public async Task Vendored_libraries_and_the_basemap_are_served_from_the_assembly_with_their_licences()
    {
        var client = _desk.Client();

        using var cytoscape = await client.GetAsync("/assets/lib/cytoscape.min.js");
        using var basemap = await client.GetAsync("/assets/lib/countries-50m.json");
        using var licence = await client.GetAsync("/assets/lib/leaflet.LICENSE.txt");
        using var image = await client.GetAsync("/assets/lib/images/layers.png");

        Assert.Equal("text/javascript; charset=utf-8", cytoscape.Content.Headers.ContentType?.ToString());
        Assert.Equal("application/json", basemap.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"countries\"", await basemap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("BSD 2-Clause", await licence.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        using var missing = await client.GetAsync("/assets/lib/../desk.css.map");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_configured_tile_server_is_the_only_other_origin_images_may_come_from()
    {
        using var tiled = _desk.WithWebHostBuilder(b => b.UseSetting("Desk:MapTileUrl", "https://tiles.example.org/{z}/{x}/{y}.png"));

        using var response = await tiled.CreateClient().GetAsync("/signin");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("img-src 'self' data: https://tiles.example.org;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }
}
