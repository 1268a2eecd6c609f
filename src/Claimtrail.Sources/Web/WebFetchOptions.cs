namespace Claimtrail.Sources.Web;

/// <summary>Limits and identity for fetching pages and feeds.</summary>
public sealed record WebFetchOptions
{
    /// <summary>The user agent every request sends: who we are and why.</summary>
    public const string DefaultUserAgent = "Claimtrail/0.1 (verification desk; fetches pages and feeds a user asked for)";

    /// <summary>The whole fetch (connection, redirects, headers, body) must end within this time.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest body read, in bytes; a longer one is refused (a feed that never ends).</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>How many redirects are followed; one more is an error (a redirect loop ends here).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The <c>User-Agent</c> header.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Lets fetches reach loopback, private and link-local addresses (tests, an intranet). Off by default.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>How a refused private address tells the user to allow it, in the words of the program that fetches.</summary>
    public string AllowPrivateHint { get; init; } = "use --allow-private to fetch it anyway";

    /// <summary>The guard's rule; tests replace it to let one loopback address through and refuse another.</summary>
    internal Func<System.Net.IPAddress, bool> IsForbidden { get; init; } = AddressGuard.IsForbidden;
}
