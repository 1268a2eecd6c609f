using System.Net;
using System.Net.Http.Headers;
using Claimtrail.Web.Tests.Support;

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
        Assert.Contains("Choose a file or paste the report", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
