using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Web.Services;

/// <summary>One moment of a claim's life: a report carrying it appeared, or someone answered it.</summary>
/// <param name="Time">When: the report's published time, else when the ledger stored it.</param>
/// <param name="Published">True when <paramref name="Time"/> is the published time, false when it is the ingest time.</param>
/// <param name="Report">The report.</param>
/// <param name="Response">For a response, the mention that answers (no comment, deflects, denies, confirms); null for an appearance.</param>
public sealed record TimelineEntry(DateTimeOffset Time, bool Published, ReportSummary Report, Mention? Response);
