namespace Claimtrail.Web.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts and styles from this origin only, no
/// inline script or style, no plugins, no framing), no MIME sniffing, no referrer leaks.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, Microsoft.Extensions.Options.IOptions<DeskOptions> options)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // Map tiles from a configured server are the one thing a page may load from elsewhere.
    private readonly string _policy = options.Value.MapTileOrigin is { } tiles
        ? Policy.Replace("img-src 'self' data:;", "img-src 'self' data: " + tiles + ";", StringComparison.Ordinal)
        : Policy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
