using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Web.Services;

/// <summary>A claim's appearances and the responses to it, oldest first.</summary>
public static class ClaimTimeline
{
    /// <summary>Stances shown as responses on the timeline: answers to the claim, and confirmations of it.</summary>
    public static bool IsTimelineResponse(Stance stance) => Names.IsResponse(stance) || stance == Stance.Confirms;

    /// <summary>
    /// Every report of <paramref name="claim"/> at its published time (ingest time when unknown), then each response at
    /// its report's time; ties keep ingest order with the appearance before the responses it carries.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> Build(ClaimDetail claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var entries = new List<TimelineEntry>();
        var reports = claim.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var report in claim.Reports)
        {
            entries.Add(Entry(report, null));
            foreach (var (_, mention) in claim.Mentions.Where(m => string.Equals(m.ReportId, report.Id, StringComparison.Ordinal)))
            {
                if (IsTimelineResponse(mention.Stance))
                {
                    entries.Add(Entry(reports[report.Id], mention));
                }
            }
        }

        // A stable sort: equal times keep the order above.
        return [.. entries.OrderBy(e => e.Time)];
    }

    private static TimelineEntry Entry(ReportSummary report, Mention? response) =>
        new(report.Published ?? report.IngestedAt, report.Published is not null, report, response);
}
