using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Claimtrail.Errors;

namespace Claimtrail.Sources.Web;

/// <summary>
/// Fetches pages and feeds for a user who asked for them: an overall timeout, a size cap on the body, a
/// redirect limit, a clear user agent, conditional requests, and an SSRF guard. The guard resolves the host
/// itself and connects only to an address it has checked (so a DNS answer cannot change between the check and
/// the connection), and every redirect is a new request that passes the guard again. Proxies are not used: a
/// proxy would connect on our behalf to addresses the guard never saw.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebFetchOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a fetcher with <paramref name="options"/>.</summary>
    public WebFetcher(WebFetchOptions? options = null, TimeProvider? clock = null)
    {
        _options = options ?? new WebFetchOptions();
        _clock = clock ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    /// <summary>
    /// Fetches <paramref name="url"/>, following redirects; with <paramref name="etag"/> or
    /// <paramref name="lastModified"/> the request is conditional and a 304 answer comes back as not modified.
    /// </summary>
    /// <exception cref="InputException">The URL is refused, unreachable, too slow, too large, redirects too often, or answers with an error status.</exception>
    public async Task<WebResponse> FetchAsync(Uri url, string? etag = null, DateTimeOffset? lastModified = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = url.OriginalString;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                CheckScheme(name, current);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                if (etag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (lastModified is { } since)
                {
                    request.Headers.IfModifiedSince = since;
                }

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        throw new InputException(name, string.Create(CultureInfo.InvariantCulture, $"more than {_options.MaxRedirects} redirects (a redirect loop?)"));
                    }

                    var location = response.Headers.Location ?? throw new InputException(name, string.Create(CultureInfo.InvariantCulture, $"redirect ({status}) without a Location"));
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                var fetched = _clock.GetUtcNow();
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new WebResponse(url, current, true, null, [], etag, lastModified, fetched);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new InputException(name, string.Create(CultureInfo.InvariantCulture, $"the server answered {status} {response.ReasonPhrase}"));
                }

                if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
                {
                    throw new InputException(name, $"the response is {Size(length)}, over the {Size(_options.MaxBytes)} limit");
                }

                var body = await ReadCappedAsync(name, response.Content, timeout.Token).ConfigureAwait(false);
                return new WebResponse(
                    url,
                    current,
                    false,
                    response.Content.Headers.ContentType?.MediaType,
                    body,
                    response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified,
                    fetched);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException(name, $"no complete answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (timed out)");
        }
        catch (HttpRequestException ex) when (Find<AddressRefusedException>(ex) is { } refused)
        {
            throw new InputException(name, refused.Message + " (" + _options.AllowPrivateHint + ")", innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new InputException(name, "cannot be fetched: " + (Find<SocketException>(ex)?.Message ?? ex.Message), innerException: ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static void CheckScheme(string name, Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InputException(name, $"only http and https addresses are fetched, not {url}");
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = _options.AllowPrivate ? addresses : [.. addresses.Where(a => !_options.IsForbidden(a))];
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(addresses.Length == 0
                ? $"{host} does not resolve"
                : $"{host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}, a loopback, private, link-local or metadata address: refused");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadCappedAsync(string name, HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var memory = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (memory.Length + read > _options.MaxBytes)
                {
                    throw new InputException(name, $"the response is over the {Size(_options.MaxBytes)} limit (stopped reading)");
                }

                memory.Write(buffer, 0, read);
            }

            return memory.ToArray();
        }
    }

    private static T? Find<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
