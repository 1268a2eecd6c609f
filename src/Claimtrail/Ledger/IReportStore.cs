using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>Stores analysed reports with their mentions and claims, and further appearances of reports already stored. A role of <see cref="ILedger"/>.</summary>
public interface IReportStore
{
    /// <summary>
    /// Stores <paramref name="report"/>, its mentions and the sources they name, and links each of
    /// <paramref name="claims"/> to its mentions, all in one transaction. A report whose id is already
    /// stored changes nothing.
    /// </summary>
    /// <param name="report">The analysed report; its id is its content hash.</param>
    /// <param name="claims">Claims clustered from this report's mentions; every mention id they list must be one of the report's.</param>
    /// <param name="cancellationToken">Cancels the store; nothing of the report is kept then.</param>
    /// <returns>Whether the report was new or already stored.</returns>
    Task<StoreOutcome> StoreAsync(Report report, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many reports in one transaction: the bulk path of an ingest. Each report is stored as
    /// <see cref="StoreAsync"/> would store it (in the order given), or found already stored (or earlier in the same
    /// batch) and left as it is. A report that breaks the rules of <see cref="ReportToStore.Validate"/>, or that the
    /// engine cannot write, is refused with the reason and the others are still stored; when the batch's
    /// transaction fails as a whole, the engine stores its reports one at a time so that only the bad ones fail.
    /// Either all of a report is stored or none of it.
    /// </summary>
    /// <param name="reports">The reports, in ingest order.</param>
    /// <param name="cancellationToken">Cancels the store; nothing of the batch is kept then.</param>
    /// <returns>One result per report, at the report's index.</returns>
    Task<IReadOnlyList<StoreResult>> StoreBatchAsync(IReadOnlyList<ReportToStore> reports, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when a report with id <paramref name="reportId"/> is stored. An ingest asks before analysing a
    /// document, so a rerun skips what an earlier run stored without re-analysing it.
    /// </summary>
    Task<bool> ContainsReportAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>One report with its text; null when no report has that id.</summary>
    Task<StoredReport?> GetReportAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The texts of the reports with these ids, by id; an id no report has is left out. One read for all of a claim's
    /// reports, where <see cref="GetReportAsync"/> would take one each.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetReportTextsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a further appearance of a stored report's exact text. True when it is new; false when the same
    /// appearance (<see cref="ReportSighting.AppearanceKey"/>) is the report itself or already recorded. The claims
    /// the report states gain an appearance. Throws <see cref="LedgerException"/> when the report is not stored.
    /// <see cref="StoreAsync"/> of a report whose id is stored records its appearance the same way.
    /// </summary>
    Task<bool> RecordSightingAsync(ReportSighting sighting, CancellationToken cancellationToken = default);
}
