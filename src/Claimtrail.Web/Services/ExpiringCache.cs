using System.Collections.Concurrent;

namespace Claimtrail.Web.Services;

/// <summary>
/// Values read from the ledger, kept for a short <c>lifetime</c> and shared by concurrent callers: the first caller
/// of a key loads it, the others wait on the same load. A load that failed or was cancelled is not kept. Past
/// <c>capacity</c> keys the expired ones go, and all of them when none has expired.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue>(TimeSpan lifetime, int capacity, TimeProvider clock)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    /// <summary>Forgets every value, so the next callers load again (after this desk changed the ledger).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>The value of <paramref name="key"/>, loaded by <paramref name="load"/> when missing or older than the lifetime.</summary>
    public Task<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> load)
    {
        var now = clock.GetUtcNow();
        if (!_entries.ContainsKey(key) && _entries.Count >= capacity)
        {
            Trim(now);
        }

        var entry = _entries.AddOrUpdate(
            key,
            k => new Entry(new Lazy<Task<TValue>>(() => load(k)), now),
            (k, current) => current.IsUsable(now, lifetime) ? current : new Entry(new Lazy<Task<TValue>>(() => load(k)), now));
        return entry.Value.Value;
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (!entry.IsUsable(now, lifetime))
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(Lazy<Task<TValue>> Value, DateTimeOffset Taken)
    {
        public bool IsUsable(DateTimeOffset now, TimeSpan lifetime) =>
            now - Taken <= lifetime && !(Value.IsValueCreated && (Value.Value.IsFaulted || Value.Value.IsCanceled));
    }
}
