using Claimtrail.Reviews;

namespace Claimtrail.Ledger;

/// <summary>The desk's verdicts: reviews and the hash-chained audit log they are appended to. A role of <see cref="ILedger"/>.</summary>
public interface IReviewLog
{
    /// <summary>
    /// Sets a claim's status and appends the review to the audit log, in one transaction, when the claim is still
    /// at <see cref="ReviewRequest.ExpectedVersion"/>; otherwise changes nothing and answers
    /// <see cref="ReviewOutcome.Conflict"/> with the claim's current state. The request must be valid
    /// (<see cref="ReviewRequest.Validate"/>).
    /// </summary>
    Task<ReviewResult> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken = default);

    /// <summary>The audit log in sequence order, as stored (verification must see what is there, not what should be).</summary>
    IAsyncEnumerable<AuditEntry> ReadAuditLogAsync(CancellationToken cancellationToken = default);

    /// <summary>The audit log's head: the last entry's sequence and hash as recorded when it was appended.</summary>
    Task<AuditHead> GetAuditHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an exported audit log back verbatim (entries as stored, tampered or not, and the head as recorded) into
    /// a ledger whose log is empty, and gives each reviewed claim the version its latest review recorded; the
    /// claims' statuses come with their reports. Throws <see cref="LedgerException"/> when the log is not empty.
    /// </summary>
    Task RestoreAuditLogAsync(IReadOnlyList<AuditEntry> entries, AuditHead head, CancellationToken cancellationToken = default);
}
