using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>Joins claims to the media their reports carried and flags possibly recycled media (see <see cref="RecycledMedia"/>).</summary>
public sealed class ClaimMediaView
{
    private readonly RecycledMedia _recycled;
    private readonly ILookup<string, (MediaDetail Detail, MediaSighting Sighting)> _byReport;

    private ClaimMediaView(RecycledMedia recycled)
    {
        _recycled = recycled;
        _byReport = recycled.Media.Values
            .SelectMany(d => d.Sightings.Where(s => s.ReportId is not null).Select(s => (Detail: d, Sighting: s)))
            .ToLookup(p => p.Sighting.ReportId!, StringComparer.Ordinal);
    }

    /// <summary>Reads every media file of the ledger and indexes it.</summary>
    public static async Task<ClaimMediaView> LoadAsync(ILedger ledger, CancellationToken cancellationToken) =>
        new(new RecycledMedia(await MediaLedger.ListAsync(ledger, cancellationToken).ConfigureAwait(false), new MediaSearch(), RecycledMedia.DefaultMargin));

    /// <summary>True when the ledger holds no media at all (nothing can be recycled).</summary>
    public bool IsEmpty => _recycled.Media.Count == 0;

    /// <summary>The media the claim's reports carried, in report order, each with its first appearance and any recycling finding.</summary>
    public IReadOnlyList<ClaimMedia> Of(ClaimDetail claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var media = new List<ClaimMedia>();
        foreach (var report in claim.Reports)
        {
            var mentions = claim.Mentions.Where(m => string.Equals(m.ReportId, report.Id, StringComparison.Ordinal)).Select(m => m.Mention.Id).ToList();
            foreach (var (detail, sighting) in _byReport[report.Id])
            {
                media.Add(new ClaimMedia(report.Id, mentions, detail.Media.Sha256, sighting.Reference, detail.Media.Kind, detail.Media.Metadata, detail.FirstSeen, _recycled.Check(detail, sighting)));
            }
        }

        return media;
    }
}
