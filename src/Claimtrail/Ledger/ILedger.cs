using Claimtrail.Fingerprints;
using Claimtrail.Geo;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Users;

namespace Claimtrail.Ledger;

/// <summary>
/// The store of analysed reports, their mentions and the claims they state. One interface, several
/// engines (SQLite, PostgreSQL); every engine passes the same contract test suite.
/// </summary>
/// <remarks>
/// An instance is one open ledger. Its methods may be called concurrently (an engine may serialise them), and
/// several processes may open the same ledger: each report is stored in its own transaction.
/// </remarks>
public interface ILedger : IAsyncDisposable
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

    /// <summary>Lists claims matching the query's search and status, in the query's order.</summary>
    Task<ClaimPage> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The claims of the query's page, as <see cref="ListClaimsAsync"/> lists them, without counting every match: a
    /// caller that knows the total (<see cref="CountClaimsAsync"/>, taken earlier) pays only for the page.
    /// </summary>
    Task<IReadOnlyList<ClaimSummary>> ListClaimPageAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many claims match the query's search and filters in all pages (its order, offset and limit aside).</summary>
    Task<int> CountClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>One claim with its mentions and the reports they come from; null when no claim has that id.</summary>
    Task<ClaimDetail?> GetClaimAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One report with its text; null when no report has that id.</summary>
    Task<StoredReport?> GetReportAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The texts of the reports with these ids, by id; an id no report has is left out. One read for all of a claim's
    /// reports, where <see cref="GetReportAsync"/> would take one each.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetReportTextsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>A source, by kind and <see cref="SourceKey"/>, with what it stated and relayed; null when the ledger has no such source.</summary>
    Task<SourceDetail?> GetSourceAsync(SourceKind kind, string key, CancellationToken cancellationToken = default);

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

    /// <summary>Adds an account; false (and nothing changed) when one with that name, case aside, exists.</summary>
    Task<bool> AddUserAsync(DeskUser user, CancellationToken cancellationToken = default);

    /// <summary>The account with that name, case aside; null when there is none.</summary>
    Task<DeskUser?> GetUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Stores the hash of a new API token for an existing account.</summary>
    Task AddApiTokenAsync(string userName, string tokenHash, string label, CancellationToken cancellationToken = default);

    /// <summary>The account an API token (given by its hash) belongs to; null when the token is unknown.</summary>
    Task<DeskUser?> FindApiTokenUserAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Every account, oldest first (ties by name, ordinal), for an export.</summary>
    IAsyncEnumerable<DeskUser> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every API token's hash with its account, oldest first (ties by hash, ordinal), for an export.</summary>
    IAsyncEnumerable<StoredApiToken> ListApiTokensAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an exported audit log back verbatim (entries as stored, tampered or not, and the head as recorded) into
    /// a ledger whose log is empty, and gives each reviewed claim the version its latest review recorded; the
    /// claims' statuses come with their reports. Throws <see cref="LedgerException"/> when the log is not empty.
    /// </summary>
    Task RestoreAuditLogAsync(IReadOnlyList<AuditEntry> entries, AuditHead head, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a further appearance of a stored report's exact text. True when it is new; false when the same
    /// appearance (<see cref="ReportSighting.AppearanceKey"/>) is the report itself or already recorded. The claims
    /// the report states gain an appearance. Throws <see cref="LedgerException"/> when the report is not stored.
    /// <see cref="StoreAsync"/> of a report whose id is stored records its appearance the same way.
    /// </summary>
    Task<bool> RecordSightingAsync(ReportSighting sighting, CancellationToken cancellationToken = default);

    /// <summary>Every sighting in the order recorded, for an export.</summary>
    IAsyncEnumerable<ReportSighting> ListSightingsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Where a claim comes from and how it spread (<see cref="Provenance.ClaimProvenance"/>): its independent origins,
    /// first appearance, every appearance with its path, a timeline, its answers and the graph's edges. Null when no
    /// claim has that id.
    /// </summary>
    Task<Provenance.ClaimProvenance?> GetProvenanceAsync(string claimId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A claim (<see cref="GetClaimAsync"/>) with its provenance (<see cref="GetProvenanceAsync"/>), from one snapshot
    /// and reading the claim once, for a page that shows both. Null when no claim has that id.
    /// </summary>
    Task<ClaimWithProvenance?> GetClaimWithProvenanceAsync(string claimId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores claim embeddings; one already stored for the same claim and model is left as it is. Returns how many
    /// were added. Throws <see cref="LedgerException"/> for a claim that is not stored or a vector that is empty
    /// or not finite; then nothing is stored.
    /// </summary>
    Task<int> AddClaimEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings, CancellationToken cancellationToken = default);

    /// <summary>
    /// The embeddings of <paramref name="model"/> stored after <paramref name="afterSequence"/>, in sequence order;
    /// every model's when <paramref name="model"/> is null.
    /// </summary>
    IAsyncEnumerable<StoredClaimEmbedding> ReadClaimEmbeddingsAsync(string? model, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>The highest sequence and the count of <paramref name="model"/>'s embeddings.</summary>
    Task<EmbeddingWatermark> GetEmbeddingWatermarkAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a fingerprinted media file and one appearance of it, in one transaction. A file whose SHA-256 is already
    /// stored keeps its first record; an appearance already stored (same file, reference and report) changes nothing.
    /// The appearance's report, when it names one, must be stored.
    /// </summary>
    /// <returns>True when the appearance was new.</returns>
    Task<bool> StoreMediaAsync(MediaRecord media, MediaSighting sighting, CancellationToken cancellationToken = default);

    /// <summary>One media file, by lower-case hex SHA-256, with its appearances in the order stored; null when the ledger has no such file.</summary>
    Task<MediaDetail?> GetMediaAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every media file with its appearances, in the order the files were first stored (appearances in the order stored):
    /// what the near-duplicate index is built from, and what an export carries.
    /// </summary>
    IAsyncEnumerable<MediaDetail> ListMediaAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an analyst's placement in the desk gazetteer, replacing the one for the same name within the same larger
    /// place (names compared by <see cref="PlaceNames.Key"/>). True when it is new, false when it replaced one.
    /// The placement must be valid (<see cref="DeskPlace.Validate"/>).
    /// </summary>
    Task<bool> AddDeskPlaceAsync(DeskPlace place, CancellationToken cancellationToken = default);

    /// <summary>Every placement in the desk gazetteer, by name then containing place (keys, ordinal), for the geocoder and exports.</summary>
    IAsyncEnumerable<DeskPlace> ListDeskPlacesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The places stored mentions name that await geolocation (see <see cref="PendingPlaces"/>), most mentioned first,
    /// leaving out those the desk gazetteer now places.
    /// </summary>
    Task<IReadOnlyList<PendingPlace>> ListPendingPlacesAsync(CancellationToken cancellationToken = default);

    /// <summary>The watch state kept for the feed at <paramref name="url"/>; null when none was saved.</summary>
    Task<FeedCheckpoint?> GetFeedCheckpointAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Saves (replaces) the watch state of <see cref="FeedCheckpoint.Url"/>, times cut to microseconds.</summary>
    Task SaveFeedCheckpointAsync(FeedCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Every feed's watch state, by URL (ordinal), for an export.</summary>
    IAsyncEnumerable<FeedCheckpoint> ListFeedCheckpointsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many reports, sources, mentions and claims the ledger holds.</summary>
    Task<LedgerCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every report in ingest order with its mentions and claims, read from one snapshot, a few at a time.
    /// Storing the entries in order, each at its <see cref="LedgerEntry.IngestedAt"/>, into an empty ledger of
    /// any engine rebuilds this one's content.
    /// </summary>
    IAsyncEnumerable<LedgerEntry> ExportAsync(CancellationToken cancellationToken = default);
}
