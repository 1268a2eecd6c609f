namespace Claimtrail.Web.Provenance;

/// <summary>
/// One link of a provenance graph, pointing from who passed the content on to where they had it from: a report to the
/// outlet it cites, a relay to the source it quotes, the last relay to the speaker; or from a publisher to its report.
/// </summary>
/// <param name="Id">Stable within the graph.</param>
/// <param name="Source">The node that relays (or publishes).</param>
/// <param name="Target">The node relayed (or published).</param>
/// <param name="Kind"><c>cites</c> (relay cue), <c>said_by</c> (the speaker's cue), <c>forwarded_from</c> or <c>published</c>.</param>
/// <param name="Cue">The words of the text that make the link ("quoted from", "according to", "notes"); the kind when the text has none.</param>
/// <param name="Mentions">How many mentions make this link.</param>
public sealed record GraphEdge(string Id, string Source, string Target, string Kind, string Cue, int Mentions);
