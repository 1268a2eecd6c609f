namespace Claimtrail.Ledger;

/// <summary>
/// The store of analysed reports, their mentions and the claims they state. One interface, several
/// engines (SQLite, PostgreSQL); every engine passes the same contract test suite.
/// </summary>
/// <remarks>
/// An instance is one open ledger. Its methods may be called concurrently (an engine may serialise them), and
/// several processes may open the same ledger: each report is stored in its own transaction. Its members come in
/// roles (<see cref="IReportStore"/>, <see cref="IClaimReader"/>, <see cref="IReviewLog"/>, <see cref="IDeskAccounts"/>,
/// <see cref="IClaimEmbeddings"/>, <see cref="IMediaLedger"/>, <see cref="IDeskPlaces"/>, <see cref="IFeedCheckpoints"/>),
/// so a part that needs one role asks for that role alone; the ledger itself adds what a whole-ledger export reads.
/// </remarks>
public interface ILedger : IReportStore, IClaimReader, IReviewLog, IDeskAccounts, IClaimEmbeddings, IMediaLedger, IDeskPlaces, IFeedCheckpoints, IAsyncDisposable
{
    /// <summary>Every sighting in the order recorded, for an export.</summary>
    IAsyncEnumerable<ReportSighting> ListSightingsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every report in ingest order with its mentions and claims, read from one snapshot, a few at a time.
    /// Storing the entries in order, each at its <see cref="LedgerEntry.IngestedAt"/>, into an empty ledger of
    /// any engine rebuilds this one's content.
    /// </summary>
    IAsyncEnumerable<LedgerEntry> ExportAsync(CancellationToken cancellationToken = default);
}
