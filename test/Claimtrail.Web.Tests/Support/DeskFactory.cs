using Claimtrail.Tests.Support;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Support;

/// <summary>The desk hosted in memory over a real SQLite ledger file in a temp folder of its own.</summary>
public sealed class DeskFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.PathOf("ledger.db");

    /// <summary>Analyses and stores a report through the desk's own ingest service.</summary>
    public Task<IngestResult> IngestAsync(string name, string text) =>
        Services.GetRequiredService<IngestService>().IngestAsync(name, text, CancellationToken.None);

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Desk:Database", DatabasePath);
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
