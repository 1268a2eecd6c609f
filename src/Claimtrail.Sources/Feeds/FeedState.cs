namespace Claimtrail.Sources.Feeds;

/// <summary>
/// What a watcher remembers about one feed between polls: the validators for conditional requests, when it is
/// next due, and how many polls in a row failed (each failure doubles the wait, up to a ceiling; a success
/// resets it), and the entries already dealt with.
/// </summary>
public sealed class FeedState
{
    /// <summary>The longest wait after failures.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    /// <summary>Creates the state of a feed that is due at once.</summary>
    public FeedState(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
    }

    /// <summary>The feed's address.</summary>
    public Uri Url { get; }

    /// <summary>The last entity tag the server sent.</summary>
    public string? ETag { get; private set; }

    /// <summary>The last <c>Last-Modified</c> the server sent.</summary>
    public DateTimeOffset? LastModified { get; private set; }

    /// <summary>When the feed is next polled.</summary>
    public DateTimeOffset Due { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Polls that failed in a row.</summary>
    public int Failures { get; private set; }

    /// <summary>Entries (by source and text hash) already dealt with: not normalised or looked up again.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes back what an earlier watch kept: the validators, the failures in a row and when the feed may be tried
    /// again after them (null: at once), and the entries already dealt with.
    /// </summary>
    public void Restore(string? etag, DateTimeOffset? lastModified, int failures, DateTimeOffset? retryAt, IEnumerable<string> seen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failures);
        ArgumentNullException.ThrowIfNull(seen);
        ETag = etag;
        LastModified = lastModified;
        Failures = failures;
        Due = retryAt ?? DateTimeOffset.MinValue;
        Seen.Clear();
        Seen.UnionWith(seen);
    }

    /// <summary>Records a successful poll at <paramref name="now"/>.</summary>
    public void Succeeded(DateTimeOffset now, TimeSpan interval, string? etag, DateTimeOffset? lastModified)
    {
        Failures = 0;
        ETag = etag ?? ETag;
        LastModified = lastModified ?? LastModified;
        Due = now + interval;
    }

    /// <summary>Records a failed poll at <paramref name="now"/>; returns the wait before the next try.</summary>
    public TimeSpan Failed(DateTimeOffset now, TimeSpan interval)
    {
        Failures++;
        var floor = interval > TimeSpan.Zero ? interval : TimeSpan.FromSeconds(1);
        var wait = TimeSpan.FromTicks((long)Math.Min(MaxBackoff.Ticks, floor.Ticks * Math.Pow(2, Math.Min(Failures, 20))));
        Due = now + wait;
        return wait;
    }
}
