using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Claimtrail.Sources.Tests.Support;

/// <summary>A Kestrel server on 127.0.0.1 and a free port, with handlers per path, recording every request.</summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly List<(string Path, IHeaderDictionary Headers)> _requests = [];

    private LocalServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<(string Path, IHeaderDictionary Headers)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<LocalServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Map(string path, RequestDelegate handler)
    {
        lock (_routes)
        {
            _routes[path] = handler;
        }
    }

    public void Serve(string path, string contentType, string body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        lock (_requests)
        {
            _requests.Add((context.Request.Path.Value ?? "/", new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
        }

        RequestDelegate? handler;
        lock (_routes)
        {
            _routes.TryGetValue(context.Request.Path.Value ?? "/", out handler);
        }

        if (handler is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        await handler(context);
    }
}
