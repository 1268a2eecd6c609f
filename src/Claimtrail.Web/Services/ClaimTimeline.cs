using Claimtrail.Ledger;
using Claimtrail.Provenance;

namespace Claimtrail.Web.Services;

/// <summary>A claim's appearances (reports and sightings) and the responses to it, oldest first, as the core's provenance dates them.</summary>
public static class ClaimTimeline
{
    /// <summary>
    /// Every appearance of <paramref name="provenance"/> in the core's order, with each response at its time; at equal
    /// times an appearance comes before the responses, so a report is seen before what it carries answers it.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> Build(ClaimDetail claim, ClaimProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(provenance);
        var reports = claim.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var entries = new List<TimelineEntry>(provenance.Appearances.Count + provenance.Responses.Count);
        entries.AddRange(provenance.Appearances.Select(a => new TimelineEntry(a.Time, a.Published, reports.GetValueOrDefault(a.ReportId), a, null)));
        foreach (var response in provenance.Responses)
        {
            var report = reports.GetValueOrDefault(response.ReportId);
            entries.Add(new TimelineEntry(response.Time, report?.Published is not null, report, null, response));
        }

        // A stable sort: equal times keep the core's order, appearances first.
        return [.. entries.OrderBy(e => e.Time)];
    }
}
