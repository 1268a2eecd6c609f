using Claimtrail.Provenance;

namespace Claimtrail.Ledger;

/// <summary>A claim and its provenance, read together from one snapshot of the ledger.</summary>
/// <param name="Claim">The claim with its mentions and reports (<see cref="IClaimReader.GetClaimAsync"/>).</param>
/// <param name="Provenance">Where it comes from and how it spread (<see cref="IClaimReader.GetProvenanceAsync"/>).</param>
public sealed record ClaimWithProvenance(ClaimDetail Claim, ClaimProvenance Provenance);
