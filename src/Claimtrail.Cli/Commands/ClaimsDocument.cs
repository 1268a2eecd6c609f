using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>The JSON that <c>claimtrail claims --json</c> writes.</summary>
/// <param name="Schema">Always <see cref="ClaimsCommand.Schema"/>.</param>
/// <param name="Total">How many claims match in all pages.</param>
/// <param name="Offset">How many were skipped before this page.</param>
/// <param name="Claims">This page.</param>
public sealed record ClaimsDocument(string Schema, int Total, int Offset, IReadOnlyList<ClaimSummary> Claims)
{
    /// <summary>With <c>--recycled</c>: per listed claim id, its possibly recycled media with their earlier appearances.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ClaimMedia>>? Recycled { get; init; }
}
