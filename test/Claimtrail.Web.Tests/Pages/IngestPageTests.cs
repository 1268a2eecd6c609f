using System.Net;
using System.Net.Http.Headers;
using Claimtrail.Ledger;
using Claimtrail.Sources.Tests.Support;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

public sealed class IngestPageTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Pasted_text_is_analysed_stored_and_its_claims_linked()
    {
        var client = _desk.Client();

        using var response = await client.PostFormAsync("/ingest", "/ingest", [new("Name", "harbour"), new("Text", Reports.Harbour)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Stored.", html, StringComparison.Ordinal);
        Assert.Contains("the northern harbour will close for repairs", html, StringComparison.Ordinal);
        Assert.Contains("the northern harbour will close for repairs", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_twice_is_stored_once()
    {
        var client = _desk.Client();
        (await client.PostFormAsync("/ingest", "/ingest", [new("Text", Reports.Harbour)])).Dispose();

        using var again = await client.PostFormAsync("/ingest", "/ingest", [new("Text", Reports.Harbour)]);

        Assert.Contains("Already in the ledger.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_file_is_ingested()
    {
        var client = _desk.Client();
        var token = Forms.Token(await client.GetPageAsync("/ingest"));
        using var form = new MultipartFormDataContent();
        using var file = new StringContent(Reports.Ferry);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", "ferry.txt");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await client.PostAsync("/ingest", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("timetables would change", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var client = _desk.Client();
        await client.GetPageAsync("/ingest");
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("Text", Reports.Harbour)]);

        using var response = await client.PostAsync("/ingest", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The ledger is empty", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing()
    {
        using var response = await _desk.Client().PostFormAsync("/ingest", "/ingest", [new("Text", "   ")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("URL, choose a file or paste its text.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string Article = """
        <!DOCTYPE html><html><head><title>Harbour closes</title><script>window.__xss = 1;</script></head>
        <body><nav>Home · World</nav><article><h1>Harbour closes</h1>
        <p>The port authority said that the northern harbour will close for repairs. A union spokesman claimed that dockworkers were not consulted.</p>
        <p>According to the site Coastline Monitor, the ferry terminal was flooded.</p></article></body></html>
        """;

    [Fact]
    public async Task A_url_on_a_private_address_is_refused_unless_the_desk_allows_it()
    {
        await using var site = await LocalServer.StartAsync();
        site.Serve("/harbour", "text/html; charset=utf-8", Article);
        var client = _desk.Client();

        using var response = await client.PostFormAsync("/ingest", "/ingest", [new("Url", site.Url("/harbour").AbsoluteUri)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(site.Url("/harbour").AbsoluteUri, html, StringComparison.Ordinal);
        Assert.Contains("Desk:AllowPrivateFetch", html, StringComparison.Ordinal);
        Assert.Contains("The ledger is empty", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_is_fetched_its_article_stored_with_its_final_address_and_its_claims_linked()
    {
        await using var site = await LocalServer.StartAsync();
        site.Serve("/harbour", "text/html; charset=utf-8", Article);
        site.Map("/moved", context =>
        {
            context.Response.Redirect("/harbour");
            return Task.CompletedTask;
        });
        using var desk = new DeskFactory(("Desk:AllowPrivateFetch", "true"));
        var client = await desk.ClientAsync();

        using var response = await client.PostFormAsync("/ingest", "/ingest", [new("Url", site.Url("/moved").AbsoluteUri)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Stored.", html, StringComparison.Ordinal);
        Assert.Contains("the ferry terminal was flooded", html, StringComparison.Ordinal);
        var ledger = desk.Services.GetRequiredService<ILedger>();
        var claim = (await ledger.ListClaimsAsync(new ClaimQuery { Text = "ferry terminal" })).Claims.Single();
        var report = Assert.Single((await ledger.GetClaimAsync(claim.Id))!.Reports);
        Assert.Equal(site.Url("/harbour").AbsoluteUri, report.Url);
        Assert.DoesNotContain("__xss", (await ledger.GetReportAsync(report.Id))!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example/report.txt", "not an http or https address")]
    [InlineData("news.example/article", "not an http or https address")]
    [InlineData("http://[::1", "not an http or https address")]
    public async Task A_url_that_is_not_a_web_address_is_refused_saying_why(string url, string reason)
    {
        using var response = await _desk.Client().PostFormAsync("/ingest", "/ingest", [new("Url", url)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_and_pasted_text_together_are_refused()
    {
        using var response = await _desk.Client().PostFormAsync("/ingest", "/ingest", [new("Url", "https://news.example/a"), new("Text", Reports.Harbour)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("one at a time", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
