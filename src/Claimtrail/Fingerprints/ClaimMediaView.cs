using Claimtrail.Ledger;

namespace Claimtrail.Fingerprints;

/// <summary>
/// Joins claims and reports to the media they carried and flags possibly recycled media (see <see cref="RecycledMedia"/>):
/// what <c>claim --json</c>, <c>claims --recycled</c>, <c>analyze --db</c> and the desk's claim page and list show.
/// </summary>
/// <remarks>
/// Loading reads every media file's fingerprints and appearances once (no claim, no report): the findings for every
/// report are worked out once per media file, so a listing of flagged claims then asks the ledger only for the claims
/// of the flagged reports (<see cref="ClaimQuery.ReportIds"/>) instead of reading every claim.
/// </remarks>
public sealed class ClaimMediaView
{
    private readonly RecycledMedia _recycled;
    private readonly ILookup<string, (MediaDetail Detail, MediaSighting Sighting)> _byReport;
    private IReadOnlyDictionary<string, IReadOnlyList<RecycledFinding>>? _flagged;

    private ClaimMediaView(RecycledMedia recycled)
    {
        _recycled = recycled;
        _byReport = recycled.Media.Values
            .SelectMany(d => d.Sightings.Where(s => s.ReportId is not null).Select(s => (Detail: d, Sighting: s)))
            .ToLookup(p => p.Sighting.ReportId!, StringComparer.Ordinal);
    }

    /// <summary>Reads every media file of the ledger and indexes it.</summary>
    public static async Task<ClaimMediaView> LoadAsync(IMediaLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var all = new List<MediaDetail>();
        await foreach (var detail in ledger.ListMediaAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(detail);
        }

        return new ClaimMediaView(new RecycledMedia(all, new MediaSearch(), RecycledMedia.DefaultMargin));
    }

    /// <summary>True when the ledger holds no media at all (nothing can be recycled).</summary>
    public bool IsEmpty => _recycled.Media.Count == 0;

    /// <summary>The findings of every report that carried possibly recycled media, by report id (worked out once).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RecycledFinding>> Flagged => _flagged ??= _recycled.FindAll();

    /// <summary>The media the claim's reports carried, in report order, each with its first appearance and any recycling finding.</summary>
    public IReadOnlyList<ClaimMedia> Of(ClaimDetail claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var media = new List<ClaimMedia>();
        foreach (var report in claim.Reports)
        {
            var mentions = claim.Mentions.Where(m => string.Equals(m.ReportId, report.Id, StringComparison.Ordinal)).Select(m => m.Mention.Id).ToList();
            media.AddRange(OfReport(report.Id, mentions));
        }

        return media;
    }

    /// <summary>The media one report carried, each with its first appearance and any recycling finding; <paramref name="mentions"/> are the mentions it is evidence for.</summary>
    public IReadOnlyList<ClaimMedia> OfReport(string reportId, IReadOnlyList<string> mentions)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(mentions);
        return [.. _byReport[reportId].Select(p => new ClaimMedia(reportId, mentions, p.Detail.Media.Sha256, p.Sighting.Reference, p.Detail.Media.Kind, p.Detail.Media.Metadata, p.Detail.FirstSeen, _recycled.Check(p.Detail, p.Sighting)))];
    }

    /// <summary>
    /// <paramref name="query"/> narrowed to claims stated in reports with possibly recycled media (and, when it names
    /// reports already, to those of them that are flagged): the ledger then searches, filters, orders and pages as usual.
    /// </summary>
    public ClaimQuery OnlyRecycled(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query with { ReportIds = query.ReportIds is { } asked ? [.. Flagged.Keys.Where(asked.Contains)] : [.. Flagged.Keys] };
    }

    /// <summary>
    /// The page of claims <paramref name="query"/> asks for among those stated in reports with possibly recycled media
    /// (with the query's text, filters, order and paging, done by the ledger), and each listed claim's flagged media.
    /// </summary>
    public async Task<(ClaimPage Page, IReadOnlyDictionary<string, IReadOnlyList<ClaimMedia>> Media)> ListRecycledClaimsAsync(IClaimReader ledger, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(query);
        var page = await ledger.ListClaimsAsync(OnlyRecycled(query), cancellationToken).ConfigureAwait(false);
        var media = new Dictionary<string, IReadOnlyList<ClaimMedia>>(StringComparer.Ordinal);
        foreach (var summary in page.Claims)
        {
            if (await ledger.GetClaimAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } detail)
            {
                media[summary.Id] = [.. Of(detail).Where(m => m.PossiblyRecycled is not null)];
            }
        }

        return (page, media);
    }
}
