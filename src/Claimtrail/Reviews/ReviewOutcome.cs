namespace Claimtrail.Reviews;

/// <summary>What became of a review request.</summary>
public enum ReviewOutcome
{
    /// <summary>The status was set and the review appended to the audit log.</summary>
    Applied,

    /// <summary>Nothing changed: the claim has moved on since the version the reviewer saw.</summary>
    Conflict,

    /// <summary>Nothing changed: there is no claim with that id.</summary>
    NotFound,
}
