using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Claimtrail.Web.Security;

/// <summary>Serves the desk's CSS and script from resources embedded in the assembly, with strong ETags.</summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "Claimtrail.Web.Assets.";

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The version tag of an asset, for cache-busting links.</summary>
    public static string Version(string name) => Assets.TryGetValue(name, out var asset) ? asset.ETag.Trim('"')[..12] : "0";

    public static IEndpointRouteBuilder MapEmbeddedAssets(this IEndpointRouteBuilder endpoints)
    {
        // Browsers ask for /favicon.ico on pages without an icon link (a JSON document shown in a tab).
        endpoints.MapGet("/favicon.ico", (HttpContext context) => Serve("favicon.svg", context)).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet("/assets/{**name}", (string name, HttpContext context) => Serve(name, context)).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    private static IResult Serve(string name, HttpContext context)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        if (string.Equals(context.Request.Headers.IfNoneMatch.ToString(), asset.ETag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = asset.ETag;
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            // MSBuild writes RecursiveDir with the build machine's separator.
            var name = resource[Prefix.Length..].Replace('\\', '/');
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                ".json" => "application/json",
                ".txt" => "text/plain; charset=utf-8",
                _ => "application/octet-stream",
            };
            assets[name] = new Asset(content, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(content)) + "\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
