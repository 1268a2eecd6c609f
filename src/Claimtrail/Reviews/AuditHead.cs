namespace Claimtrail.Reviews;

/// <summary>The last entry's sequence and hash, kept apart from the log so a removed tail is noticed.</summary>
/// <param name="Sequence">The last entry's sequence (0 for an empty log).</param>
/// <param name="Hash">The last entry's hash (<see cref="AuditChain.Genesis"/> for an empty log).</param>
public sealed record AuditHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty log.</summary>
    public static AuditHead Empty { get; } = new(0, AuditChain.Genesis);
}
