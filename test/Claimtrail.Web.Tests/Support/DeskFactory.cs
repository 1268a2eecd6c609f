using Claimtrail.Ledger;
using Claimtrail.Tests.Support;
using Claimtrail.Users;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Support;

/// <summary>The desk hosted in memory over a real SQLite ledger file in a temp folder of its own.</summary>
public sealed class DeskFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.PathOf("ledger.db");

    /// <summary>Analyses and stores a report through the desk's own ingest service.</summary>
    public Task<IngestResult> IngestAsync(string name, string text) =>
        Services.GetRequiredService<IngestService>().IngestAsync(name, text, CancellationToken.None);

    public const string Password = "correct horse battery";

    /// <summary>A client that keeps cookies, does not follow redirects and is not signed in.</summary>
    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the sign-in form as <paramref name="name"/>, whose account is made when missing.</summary>
    public HttpClient Client(string name = "ana", DeskRole role = DeskRole.Reviewer) => ClientAsync(name, role).GetAwaiter().GetResult();

    public async Task<HttpClient> ClientAsync(string name = "ana", DeskRole role = DeskRole.Reviewer)
    {
        await AddUserAsync(name, role);
        var client = AnonymousClient();
        using var response = await client.PostFormAsync("/signin", "/signin", [new("Name", name), new("Password", Password)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task AddUserAsync(string name, DeskRole role)
    {
        if (await Services.GetRequiredService<ILedger>().GetUserAsync(name) is null)
        {
            await Services.GetRequiredService<Accounts>().AddAsync(name, role, Password, CancellationToken.None);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Desk:Database", DatabasePath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
