namespace Claimtrail.Reviews;

/// <summary>
/// One entry of the append-only audit log. <see cref="Hash"/> is the SHA-256 of the previous entry's hash and
/// this entry's canonical content (<see cref="AuditChain"/>), so changing, inserting or removing an entry breaks the chain.
/// </summary>
/// <param name="Sequence">Position in the log: 1, 2, 3… without gaps.</param>
/// <param name="At">When it was recorded (UTC).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">What was done ("review").</param>
/// <param name="Subject">What it was done to (a claim id).</param>
/// <param name="Payload">The details as canonical JSON.</param>
/// <param name="PreviousHash">The previous entry's hash; <see cref="AuditChain.Genesis"/> for the first.</param>
/// <param name="Hash">This entry's hash.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, string Payload, string PreviousHash, string Hash);
