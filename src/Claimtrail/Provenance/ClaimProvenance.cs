namespace Claimtrail.Provenance;

/// <summary>
/// Where a claim comes from and how it spread: every appearance with its path back to an origin, the independent
/// origins (the roots: a relay or forward adds none), the first appearance, a day-by-day timeline, the answers it
/// got, and the graph's edges for drawing.
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Origins">Independent origins, earliest first.</param>
/// <param name="FirstAppearance">The earliest appearance; null when no mention states the claim (only answers to it are stored).</param>
/// <param name="Appearances">Every appearance, earliest first (ties in ingest order).</param>
/// <param name="Timeline">Appearances and origins per UTC day, earliest first.</param>
/// <param name="Responses">Denials, confirmations and refusals to comment, earliest first.</param>
/// <param name="Edges">The distinct edges of the graph: reports to publishers and forwards, relays, speakers.</param>
public sealed record ClaimProvenance(
    string ClaimId,
    IReadOnlyList<ClaimOrigin> Origins,
    ClaimAppearance? FirstAppearance,
    IReadOnlyList<ClaimAppearance> Appearances,
    IReadOnlyList<TimelineDay> Timeline,
    IReadOnlyList<ClaimResponse> Responses,
    IReadOnlyList<ProvenanceEdge> Edges);
