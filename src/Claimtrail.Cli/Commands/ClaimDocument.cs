using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>The JSON that <c>claimtrail claim ID --json</c> writes.</summary>
/// <param name="Schema">Always <see cref="ClaimCommand.Schema"/>.</param>
/// <param name="Claim">The claim with its mentions and reports.</param>
public sealed record ClaimDocument(string Schema, ClaimDetail Claim)
{
    /// <summary>Where the claim comes from and how it spread (added to <c>claimtrail.claim/1</c>; see docs/ledger.md).</summary>
    public Provenance.ClaimProvenance? Provenance { get; init; }
    /// <summary>The media its reports carried, with first appearances and possibly recycled ones flagged; absent when the reports carried none.</summary>
    public IReadOnlyList<ClaimMedia>? Media { get; init; }
}
