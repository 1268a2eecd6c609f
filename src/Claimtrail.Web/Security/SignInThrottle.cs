using System.Collections.Concurrent;

namespace Claimtrail.Web.Security;

/// <summary>
/// Counts failed sign-ins per account name and per client address; after <see cref="MaxFailures"/> within
/// <see cref="Window"/> further attempts for that name or from that address are refused until the window passes,
/// whether or not the password is right, so guessing costs time.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long until <paramref name="name"/> from <paramref name="address"/> may try again; null when it may now.</summary>
    public TimeSpan? RetryAfter(string name, string address)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var key in Keys(name, address))
        {
            if (_failures.TryGetValue(key, out var times))
            {
                lock (times)
                {
                    Trim(times, now);
                    if (times.Count >= MaxFailures)
                    {
                        var until = times.Peek() + Window - now;
                        wait = wait is null || until > wait ? until : wait;
                    }
                }
            }
        }

        return wait;
    }

    public void Failed(string name, string address)
    {
        var now = clock.GetUtcNow();
        foreach (var key in Keys(name, address))
        {
            var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (times)
            {
                Trim(times, now);
                times.Enqueue(now);
            }
        }
    }

    public void Succeeded(string name) => _failures.TryRemove("name:" + name.ToUpperInvariant(), out _);

    private static string[] Keys(string name, string address) => ["name:" + name.ToUpperInvariant(), "addr:" + address];

    private static void Trim(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && now - times.Peek() >= Window)
        {
            times.Dequeue();
        }
    }
}
