namespace Claimtrail.Provenance;

/// <summary>One appearance of a claim: a mention stating it, in a report or in a sighting of that report's text.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="MentionId">The mention stating the claim.</param>
/// <param name="Kind">Report or sighting.</param>
/// <param name="Source">Where the appearance was read from (the sighting's own source for a sighting).</param>
/// <param name="Time">When it appeared: its publication time, else when the ledger stored it.</param>
/// <param name="Published">True when <paramref name="Time"/> is a publication time, false when it is the ledger's.</param>
/// <param name="Channel">Who published it, when known.</param>
/// <param name="Path">The steps from the channel back to the origin, nearest first; empty when the channel speaks for itself.</param>
/// <param name="Origin">Where the path ends: the claim's origin as this appearance tells it.</param>
public sealed record ClaimAppearance(
    string ReportId,
    string MentionId,
    AppearanceKind Kind,
    string Source,
    DateTimeOffset Time,
    bool Published,
    ProvenanceAgent? Channel,
    IReadOnlyList<ProvenanceHop> Path,
    ProvenanceAgent Origin)
{
    /// <summary>True when no earlier appearance has the same origin.</summary>
    public bool NewOrigin { get; init; }
}
