using Claimtrail.Model;

namespace Claimtrail.Reviews;

/// <summary>A verdict on a claim, as recorded in the audit log.</summary>
/// <param name="ClaimId">The claim reviewed.</param>
/// <param name="Status">The status the review set.</param>
/// <param name="PreviousStatus">The status before it.</param>
/// <param name="Rationale">Why, in the reviewer's words.</param>
/// <param name="Evidence">Links (http or https) to the material the verdict rests on.</param>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="At">When the ledger recorded it.</param>
/// <param name="Version">The claim's version after this review.</param>
/// <param name="Sequence">The audit log entry that records it.</param>
public sealed record Review(
    string ClaimId,
    ClaimStatus Status,
    ClaimStatus PreviousStatus,
    string Rationale,
    IReadOnlyList<string> Evidence,
    string Reviewer,
    DateTimeOffset At,
    long Version,
    long Sequence);
