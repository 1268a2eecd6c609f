namespace Claimtrail.Ledger;

/// <summary>One page of a claim listing.</summary>
/// <param name="Claims">The claims on this page.</param>
/// <param name="Total">How many claims match the query in all pages.</param>
public sealed record ClaimPage(IReadOnlyList<ClaimSummary> Claims, int Total);
