using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claimtrail.Users;
using Claimtrail.Web.Services;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Security;

public sealed class SignInTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Pages_send_the_anonymous_to_the_sign_in_form()
    {
        using var response = await _desk.AnonymousClient().GetAsync("/claims/c-1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_the_anonymous_with_401()
    {
        using var response = await _desk.AnonymousClient().GetAsync("/api/claims");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_sixth_try_is_throttled_even_with_the_right_one()
    {
        await _desk.AddUserAsync("ana", DeskRole.Reviewer);
        var client = _desk.AnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostFormAsync("/signin", "/signin", [new("Name", "ana"), new("Password", "wrong password " + i)]);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Wrong name or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var right = await client.PostFormAsync("/signin", "/signin", [new("Name", "ana"), new("Password", DeskFactory.Password)]);

        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.Contains("Too many failed sign-ins", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(right.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_ingest()
    {
        var viewer = await _desk.ClientAsync("vera", DeskRole.Viewer);

        using var list = await viewer.GetAsync("/");
        using var ingest = await viewer.GetAsync("/ingest");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ingest.StatusCode);
        Assert.StartsWith("/Status/403", ingest.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _desk.ClientAsync();

        using var signOut = await client.PostFormAsync("/", "/signin?handler=signout", []);
        using var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task An_api_token_acts_as_its_account_and_a_made_up_one_is_refused()
    {
        await _desk.AddUserAsync("script", DeskRole.Reviewer);
        var token = await _desk.Services.GetRequiredService<Accounts>().CreateTokenAsync("script", "test", CancellationToken.None);
        var client = _desk.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var ingest = await client.PostAsJsonAsync("/api/ingest", new { name = "harbour.txt", text = Reports.Harbour });
        var bad = _desk.AnonymousClient();
        bad.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTokens.Create());
        using var refused = await bad.GetAsync("/api/claims");

        Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_viewer_token_cannot_ingest()
    {
        await _desk.AddUserAsync("reader", DeskRole.Viewer);
        var token = await _desk.Services.GetRequiredService<Accounts>().CreateTokenAsync("reader", "test", CancellationToken.None);
        var client = _desk.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var ingest = await client.PostAsJsonAsync("/api/ingest", new { text = Reports.Harbour });

        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var json = await _desk.AnonymousClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/claims/{id}/reviews", json, StringComparison.Ordinal);
        Assert.Contains("/api/ingest", json, StringComparison.Ordinal);
    }
}
