using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>Reads claims, their sources and their provenance: what the claim list, a claim page and a source page show. A role of <see cref="ILedger"/>.</summary>
public interface IClaimReader
{
    /// <summary>Lists claims matching the query's search and status, in the query's order.</summary>
    Task<ClaimPage> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The claims of the query's page, as <see cref="ListClaimsAsync"/> lists them, without counting every match: a
    /// caller that knows the total (<see cref="CountClaimsAsync"/>, taken earlier) pays only for the page.
    /// </summary>
    Task<IReadOnlyList<ClaimSummary>> ListClaimPageAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many claims match the query's search and filters in all pages (its order, offset and limit aside).</summary>
    Task<int> CountClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

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

    /// <summary>
    /// A claim (<see cref="GetClaimAsync"/>) with its provenance (<see cref="GetProvenanceAsync"/>), from one snapshot
    /// and reading the claim once, for a page that shows both. Null when no claim has that id.
    /// </summary>
    Task<ClaimWithProvenance?> GetClaimWithProvenanceAsync(string claimId, CancellationToken cancellationToken = default);

    /// <summary>How many reports, sources, mentions and claims the ledger holds.</summary>
    Task<LedgerCounts> CountAsync(CancellationToken cancellationToken = default);
}
