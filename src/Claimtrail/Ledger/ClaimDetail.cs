using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>A claim with every mention that states it and the reports they come from.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Text">The proposition as first stored.</param>
/// <param name="Status">The desk's verdict.</param>
/// <param name="FirstSeen">When the ledger first stored it.</param>
/// <param name="Mentions">Its mentions, in report ingest order and then text order.</param>
/// <param name="Reports">The reports those mentions are in, in ingest order.</param>
public sealed record ClaimDetail(
    string Id,
    string Text,
    ClaimStatus Status,
    DateTimeOffset FirstSeen,
    IReadOnlyList<LedgerMention> Mentions,
    IReadOnlyList<ReportSummary> Reports)
{
    /// <summary>
    /// The claim's version: 0 when stored, one more with every review. A review names the version it was
    /// made against, so two reviewers never silently overwrite each other.
    /// </summary>
    public long Version { get; init; }

    /// <summary>Every review of the claim, oldest first, as the audit log records them.</summary>
    public IReadOnlyList<Reviews.Review> Reviews { get; init; } = [];
}
