using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Web.Services;

/// <summary>
/// How many claims match each listing of the claim list (its search and filters), kept for a few seconds as the
/// heading's counts are: counting every match of a broad search or filter costs more than the page itself on a large
/// ledger, and paging through a listing, or many readers opening the same one, need not count it again each time.
/// </summary>
public sealed class ClaimTotalsCache(IClaimReader ledger, TimeProvider clock)
{
    /// <summary>How long a total is shown before it is taken again.</summary>
    public static readonly TimeSpan Lifetime = LedgerCountsCache.Lifetime;

    // Listings whose totals are kept at most.
    private const int Capacity = 1000;

    private readonly ExpiringCache<ClaimQuery, int> _totals = new(Lifetime, Capacity, clock);

    /// <summary>Forgets every total, so the next pages count again (after this desk stored a report or reviewed a claim).</summary>
    public void Invalidate() => _totals.Clear();

    /// <summary>How many claims match <paramref name="query"/> in all pages; concurrent callers of one listing share one count.</summary>
    public Task<int> GetAsync(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ReportIds is not null)
        {
            // Ids worked out outside the database come as a new list each time and are not compared by value.
            return ledger.CountClaimsAsync(query, CancellationToken.None);
        }

        // Not tied to one request's cancellation: other requests may be waiting on the same count.
        return _totals.GetAsync(query with { Sort = ClaimSort.Newest, Offset = 0, Limit = 1 }, listing => ledger.CountClaimsAsync(listing, CancellationToken.None));
    }
}
