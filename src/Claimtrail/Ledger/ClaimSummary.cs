using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>A claim as a listing shows it.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Text">The proposition as first stored.</param>
/// <param name="Status">The desk's verdict.</param>
/// <param name="MentionCount">How many mentions state it.</param>
/// <param name="ReportCount">How many distinct reports those mentions are in.</param>
/// <param name="FirstSeen">When the ledger first stored it.</param>
public sealed record ClaimSummary(string Id, string Text, ClaimStatus Status, int MentionCount, int ReportCount, DateTimeOffset FirstSeen)
{
    /// <summary>How many independent origins the claim has (see <see cref="Provenance.ClaimProvenance.Origins"/>).</summary>
    public int OriginCount { get; init; }

    /// <summary>The highest check-worthiness of the claim's mentions, from 0 to 1; null when none was scored.</summary>
    public double? CheckWorthiness { get; init; }
}
