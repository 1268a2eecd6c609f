namespace Claimtrail.Reviews;

/// <summary>The verdict of <see cref="AuditChain.VerifyAsync"/>.</summary>
/// <param name="Entries">How many entries were read.</param>
/// <param name="Problem">What is wrong and where (the first problem found); null when the log is intact.</param>
/// <param name="Sequence">The sequence at which the problem shows; null when intact.</param>
public sealed record AuditVerification(long Entries, string? Problem, long? Sequence)
{
    /// <summary>True when every entry hashes to its recorded hash, chains to the one before, and the head matches.</summary>
    public bool Intact => Problem is null;
}
