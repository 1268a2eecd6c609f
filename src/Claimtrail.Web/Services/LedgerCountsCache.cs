using Claimtrail.Ledger;

namespace Claimtrail.Web.Services;

/// <summary>
/// The ledger's counts for the claim list's heading, kept for a few seconds: counting every report and mention on each
/// page view would cost more than the page itself on a large ledger, and a heading a few seconds behind misleads no one.
/// </summary>
public sealed class LedgerCountsCache(IClaimReader ledger, TimeProvider clock)
{
    /// <summary>How long a count is shown before it is taken again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private Task<LedgerCounts>? _counts;
    private DateTimeOffset _taken;

    /// <summary>Forgets the counts, so the next page counts again (after this desk stored a report).</summary>
    public void Invalidate() => Volatile.Write(ref _counts, null);

    /// <summary>The counts, taken again when older than <see cref="Lifetime"/>; concurrent callers share one count.</summary>
    public Task<LedgerCounts> GetAsync()
    {
        var now = clock.GetUtcNow();
        var current = Volatile.Read(ref _counts);
        if (current is null || current.IsFaulted || now - _taken > Lifetime)
        {
            // Not tied to one request's cancellation: other requests may be waiting on the same count.
            var fresh = ledger.CountAsync(CancellationToken.None);
            if (Interlocked.CompareExchange(ref _counts, fresh, current) == current)
            {
                _taken = now;
                return fresh;
            }

            return Volatile.Read(ref _counts)!;
        }

        return current;
    }
}
