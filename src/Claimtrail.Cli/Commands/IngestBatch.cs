using Claimtrail.Cli.Output;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The reports an ingest has analysed and not yet stored. They are stored together with
/// <see cref="IReportStore.StoreBatchAsync"/> once there are the batch's count of them (without extraction
/// <see cref="FirstBulkReports"/> at first and twice as many each next batch up to <see cref="BulkReports"/>; with it
/// <see cref="AnalysedReports"/>), <see cref="MaxChars"/>
/// characters of text, or the oldest has waited <see cref="MaxDelay"/> (analysis can be slow: what was analysed
/// should not wait long to be safe); one batch is stored while the next is read, and batches are stored in the
/// order read.
/// A killed ingest leaves whole batches only; a rerun finds them stored and stores the rest.
/// </summary>
/// <remarks>
/// Outcomes are counted, and refused reports reported, on the caller's thread when the next batch is handed over
/// or at <see cref="CompleteAsync"/>, so the counts are never written from two threads. When the ingest is
/// interrupted, the batch being stored is rolled back (unless it had committed) and the reports not yet handed over
/// are left for a rerun: only what is counted is stored.
/// </remarks>
public sealed class IngestBatch
{
    /// <summary>
    /// The most reports stored in one transaction without extraction, where a report costs microseconds to prepare.
    /// Report ids are hashes, so a batch's inserts land all over the id index and each commit writes most of its
    /// pages again: on a ledger of a million reports, fewer and larger commits are the main saving of a bulk load.
    /// Two batches are in memory at once (one filling, one being stored).
    /// </summary>
    public const int BulkReports = 40_000;

    /// <summary>
    /// The first batch without extraction: small, so the first reports of a bulk load are in the ledger within moments
    /// and an early interruption loses little.
    /// </summary>
    public const int FirstBulkReports = 2000;

    /// <summary>
    /// The most reports stored in one transaction with extraction: analysis costs milliseconds a report, so a few
    /// reports already make the commit's cost negligible, and a killed run loses little analysis.
    /// </summary>
    public const int AnalysedReports = 16;

    /// <summary>The most characters of report text stored in one transaction, so batches of long articles stay small in memory.</summary>
    public const long MaxChars = 16_000_000;

    /// <summary>The longest a report waits in a batch before the batch is stored.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private readonly ILedger _ledger;
    private readonly IngestCounts _counts;
    private readonly IngestProgress _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly int _maxReports;
    private int _batchReports;
    private List<AnalysedFile> _pending = [];
    private long _chars;
    private long _started;
    private Task<(List<AnalysedFile> Batch, IReadOnlyList<StoreResult> Results)>? _storing;

    /// <summary>
    /// Creates an empty batch of at most <paramref name="maxReports"/> reports that stores into <paramref name="ledger"/>
    /// and counts into <paramref name="counts"/>; <paramref name="cancellationToken"/> interrupts the ingest.
    /// </summary>
    public IngestBatch(ILedger ledger, int maxReports, IngestCounts counts, IngestProgress progress, CancellationToken cancellationToken)
        : this(ledger, maxReports, maxReports, counts, progress, cancellationToken)
    {
    }

    /// <summary>
    /// Creates an empty batch whose first store takes at most <paramref name="firstReports"/> reports and each next one
    /// twice as many as the last, up to <paramref name="maxReports"/>.
    /// </summary>
    public IngestBatch(ILedger ledger, int firstReports, int maxReports, IngestCounts counts, IngestProgress progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstReports, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxReports, firstReports);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(progress);
        _ledger = ledger;
        _counts = counts;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _maxReports = maxReports;
        _batchReports = firstReports;
    }

    /// <summary>Adds an analysed report; hands the batch over to be stored when it is full.</summary>
    public async Task AddAsync(AnalysedFile analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(analysed.Report);
        if (_pending.Count == 0)
        {
            _started = Environment.TickCount64;
        }

        _pending.Add(analysed);
        _chars += analysed.Report.Text.Length;
        if (_pending.Count >= _batchReports || _chars >= MaxChars || Environment.TickCount64 - _started >= (long)MaxDelay.TotalMilliseconds)
        {
            await FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stores every report added so far and counts the outcomes.</summary>
    public async Task CompleteAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        await CollectAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// After an interruption: counts the batch being stored if it was stored after all, and drops the reports not yet
    /// handed over (nothing of them is in the ledger; a rerun stores them).
    /// </summary>
    public async Task AbandonAsync()
    {
        _pending.Clear();
        _chars = 0;
        try
        {
            await CollectAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the batch was rolled back whole.
        }
    }

    // Waits for the batch being stored (and counts it), then starts storing the pending one. A batch is stored whole,
    // or rolled back whole when the ingest is interrupted; when the ledger fails, it is stored report by report.
    private async Task FlushAsync()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        await CollectAsync().ConfigureAwait(false);
        var batch = _pending;
        _pending = [];
        _chars = 0;
        _batchReports = (int)Math.Min(_maxReports, 2L * _batchReports);
        _storing = Task.Run(() => StoreAsync(batch), CancellationToken.None);
    }

    private async Task<(List<AnalysedFile> Batch, IReadOnlyList<StoreResult> Results)> StoreAsync(List<AnalysedFile> batch)
    {
        try
        {
            return (batch, await _ledger.StoreBatchAsync(batch.ConvertAll(a => new ReportToStore(a.Report!, a.Claims)), _cancellationToken).ConfigureAwait(false));
        }
        catch (LedgerException ex)
        {
            return (batch, batch.ConvertAll(a => StoreResult.Failed(a.Report!.Id, ex.Message)));
        }
    }

    private async Task CollectAsync()
    {
        if (_storing is null)
        {
            return;
        }

        var storing = _storing;
        _storing = null;
        var (batch, results) = await storing.ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var result = results[i];
            switch (result.Outcome)
            {
                case StoreOutcome.New:
                    _counts.AddNew();
                    break;
                case StoreOutcome.Duplicate:
                    _counts.AddDuplicate();
                    break;
                default:
                    _counts.AddFailure("not stored");
                    await _progress.ErrorAsync($"claimtrail: {batch[i].Input}: {result.Error}").ConfigureAwait(false);
                    continue;
            }

            // The photos and videos beside an export go in once their report is in the ledger.
            if (batch[i].Media.Count > 0)
            {
                await MediaIngest.StorePostMediaAsync(_ledger, MediaIngest.Where(batch[i]), batch[i].Report!, batch[i].Media, LedgerTime.Stamp(DateTimeOffset.UtcNow), _counts, _progress.ErrorAsync, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
