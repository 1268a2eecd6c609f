using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Support;

/// <summary>A real Kestrel server on a loopback port serving fixed pages, for fetching by URL without the internet.</summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalSite(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:PORT</c>.</summary>
    public string Url { get; }

    /// <summary>Starts a server answering each path in <paramref name="pages"/> with its HTML; <c>/moved</c> redirects to the first.</summary>
    public static async Task<LocalSite> StartAsync(IReadOnlyDictionary<string, string> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        foreach (var (path, html) in pages)
        {
            app.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }

        app.MapGet("/moved", () => Results.Redirect(pages.Keys.First()));
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalSite(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
