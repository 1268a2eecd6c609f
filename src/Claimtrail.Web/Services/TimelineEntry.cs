using Claimtrail.Ledger;
using Claimtrail.Provenance;

namespace Claimtrail.Web.Services;

/// <summary>One moment of a claim's life: it appeared in a report or a sighting of one, or someone answered it.</summary>
/// <param name="Time">When, as the core dates it: published time, else when the ledger stored (or sighted) it.</param>
/// <param name="Published">True when <paramref name="Time"/> is the published time.</param>
/// <param name="Report">The report, when the ledger lists it with the claim.</param>
/// <param name="Appearance">For an appearance, the core's appearance; null for a response.</param>
/// <param name="Response">For a response (no comment, deflects, denies, confirms), the core's response; null for an appearance.</param>
public sealed record TimelineEntry(DateTimeOffset Time, bool Published, ReportSummary? Report, ClaimAppearance? Appearance, ClaimResponse? Response);
