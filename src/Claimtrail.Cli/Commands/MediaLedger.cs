using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>The appearances of stored media as <c>media find</c> and <c>media show</c> print them.</summary>
public static class MediaLedger
{
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
