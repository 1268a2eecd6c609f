using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Web.Services;

/// <summary>
/// What the claim list and the claim page read, kept for a few seconds: each listing's page (its search, filters, order
/// and offset) and each claim with its provenance. A broad filter or a claim carried by hundreds of reports costs tens
/// to hundreds of milliseconds to read, and when a claim spreads many readers open the same listing and the same claim
/// at once. This desk's own reviews and ingests clear it at once; a change made by another process (a worker, the CLI,
/// another desk on the same PostgreSQL ledger) shows within <see cref="Lifetime"/>. A review sent from a page read before
/// such a change is still refused as a conflict by the claim's version, never applied over it.
/// </summary>
public sealed class ClaimReadCache(IClaimReader ledger, TimeProvider clock)
{
    /// <summary>How long a page or claim is shown before it is read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    // Listings and claims kept at most, each.
    private const int Capacity = 2000;

    private readonly ExpiringCache<string, ClaimWithProvenance?> _claims = new(Lifetime, Capacity, clock);
    private readonly ExpiringCache<ClaimQuery, IReadOnlyList<ClaimSummary>> _pages = new(Lifetime, Capacity, clock);

    /// <summary>Forgets every page and claim, so the next readers read again (after this desk stored a report or reviewed a claim).</summary>
    public void Invalidate()
    {
        _claims.Clear();
        _pages.Clear();
    }

    /// <summary>The claim with its provenance; null when the ledger has no claim with that id.</summary>
    public Task<ClaimWithProvenance?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);

        // Not tied to one request's cancellation: other requests may be waiting on the same read.
        return _claims.GetAsync(id, claim => ledger.GetClaimWithProvenanceAsync(claim, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    /// <summary>One page of a listing, as <see cref="IClaimReader.ListClaimPageAsync"/> reads it.</summary>
    public Task<IReadOnlyList<ClaimSummary>> GetPageAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ReportIds is not null)
        {
            // Ids worked out outside the database come as a new list each time and are not compared by value.
            return ledger.ListClaimPageAsync(query, cancellationToken);
        }

        return _pages.GetAsync(query, listing => ledger.ListClaimPageAsync(listing, CancellationToken.None)).WaitAsync(cancellationToken);
    }
}
