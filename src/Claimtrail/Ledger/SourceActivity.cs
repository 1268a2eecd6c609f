using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>One mention a source stated or relayed, and the claim it belongs to.</summary>
/// <param name="ClaimId">The claim the mention states.</param>
/// <param name="ClaimText">The claim's text.</param>
/// <param name="Status">The claim's status.</param>
/// <param name="Role">Whether the source stated or relayed it.</param>
/// <param name="Cue">The cue that attributes it to the source ("claims", "quoted from").</param>
/// <param name="ReportId">The report the mention is in.</param>
/// <param name="MentionId">The mention.</param>
public sealed record SourceActivity(string ClaimId, string ClaimText, ClaimStatus Status, SourceRole Role, string Cue, string ReportId, string MentionId);
