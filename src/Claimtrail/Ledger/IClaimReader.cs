using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>Reads claims, their sources and their provenance: what the claim list, a claim page and a source page show. A role of <see cref="ILedger"/>.</summary>
public interface IClaimReader
{
    /// <summary>Lists claims matching the query's search and status, in the query's order.</summary>
    Task<ClaimPage> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>One claim with its mentions and the reports they come from; null when no claim has that id.</summary>
    Task<ClaimDetail?> GetClaimAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A source, by kind and <see cref="SourceKey"/>, with what it stated and relayed; null when the ledger has no such source.</summary>
    Task<SourceDetail?> GetSourceAsync(SourceKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where a claim comes from and how it spread (<see cref="Provenance.ClaimProvenance"/>): its independent origins,
    /// first appearance, every appearance with its path, a timeline, its answers and the graph's edges. Null when no
    /// claim has that id.
    /// </summary>
    Task<Provenance.ClaimProvenance?> GetProvenanceAsync(string claimId, CancellationToken cancellationToken = default);

    /// <summary>How many reports, sources, mentions and claims the ledger holds.</summary>
    Task<LedgerCounts> CountAsync(CancellationToken cancellationToken = default);
}
