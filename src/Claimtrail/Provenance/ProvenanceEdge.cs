namespace Claimtrail.Provenance;

/// <summary>An edge of a claim's provenance graph, between node ids (<c>report:…</c> or an agent's id).</summary>
/// <param name="From">The later end: a report, or the agent that relayed.</param>
/// <param name="To">The earlier end: who published, was forwarded from, quoted or stated.</param>
/// <param name="Relation">What the edge means.</param>
/// <param name="Cue">The words naming it, when any.</param>
/// <param name="ReportId">The report whose text or metadata gives the edge.</param>
public sealed record ProvenanceEdge(string From, string To, ProvenanceRelation Relation, string? Cue, string ReportId);
