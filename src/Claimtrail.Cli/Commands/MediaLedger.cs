using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>The near-duplicate index of a whole ledger, built from every stored fingerprint, and the appearances it prints.</summary>
public static class MediaLedger
{
    /// <summary>Every media file the ledger holds.</summary>
    public static async Task<List<MediaDetail>> ListAsync(ILedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var all = new List<MediaDetail>();
        await foreach (var detail in ledger.ListMediaAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(detail);
        }

        return all;
    }

    /// <summary>The appearances of a file with their reports' source, publisher and time (reports read once each).</summary>
    public static async Task<IReadOnlyList<MediaAppearance>> AppearancesAsync(ILedger ledger, IEnumerable<MediaSighting> sightings, Dictionary<string, Ledger.ReportSummary?> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(sightings);
        ArgumentNullException.ThrowIfNull(reports);
        var appearances = new List<MediaAppearance>();
        foreach (var sighting in sightings.OrderBy(s => s.Appeared))
        {
            ReportSummary? report = null;
            if (sighting.ReportId is { } id && !reports.TryGetValue(id, out report))
            {
                report = (await ledger.GetReportAsync(id, cancellationToken).ConfigureAwait(false))?.Summary;
                reports[id] = report;
            }

            appearances.Add(new MediaAppearance(sighting.Reference, sighting.SeenAt, sighting.ReportId, report?.Source, report?.Publisher, report?.Published));
        }

        return appearances;
    }
}
