using Claimtrail.Model;

namespace Claimtrail.Reviews;

/// <summary>The answer to a review request.</summary>
/// <param name="Outcome">Applied, conflict or not found.</param>
/// <param name="Review">The review recorded, when applied; on a conflict, the latest review of the claim, if any.</param>
/// <param name="CurrentStatus">The claim's status now.</param>
/// <param name="CurrentVersion">The claim's version now.</param>
public sealed record ReviewResult(ReviewOutcome Outcome, Review? Review, ClaimStatus CurrentStatus, long CurrentVersion)
{
    /// <summary>The answer for an unknown claim.</summary>
    public static ReviewResult NotFound { get; } = new(ReviewOutcome.NotFound, null, ClaimStatus.Unverified, 0);
}
