namespace Claimtrail.Web.Provenance;

/// <summary>
/// One link of a claim's provenance graph as the core's <see cref="Claimtrail.Provenance.ProvenanceEdge"/> gives it, pointing
/// from who passed the content on to where they had it from: a report to its publisher, to the channel it was forwarded
/// from, to the relay it quotes, and the last relay to the speaker.
/// </summary>
/// <param name="Id">Stable within the graph.</param>
/// <param name="Source">The node that relays (or is published).</param>
/// <param name="Target">The node relayed (or publishing).</param>
/// <param name="Kind">The core's relation: <c>published_by</c>, <c>forwarded_from</c>, <c>quoted_from</c> or <c>attributed_to</c>.</param>
/// <param name="Cue">The words of the text that make the link ("quoted from", "according to"); the relation when the text has none.</param>
/// <param name="Reports">How many reports make this link.</param>
public sealed record GraphEdge(string Id, string Source, string Target, string Kind, string Cue, int Reports);
