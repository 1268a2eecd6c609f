namespace Claimtrail.Provenance;

/// <summary>One step from a report back towards a claim's origin.</summary>
/// <param name="Agent">The agent reached.</param>
/// <param name="Relation">How it was reached.</param>
/// <param name="Cue">The words of the text that name the step ("quoted from", "citing"), when there are any.</param>
public sealed record ProvenanceHop(ProvenanceAgent Agent, ProvenanceRelation Relation, string? Cue);
