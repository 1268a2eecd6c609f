namespace Claimtrail.Web.Provenance;

/// <summary>One actor or document in a claim's provenance graph.</summary>
/// <param name="Id">The core's node id: <c>report:sha256:…</c>, <c>agent:key</c> or <c>unnamed:report:key</c>.</param>
/// <param name="Label">The agent's name as first written, or the report's title.</param>
/// <param name="Kind"><c>report</c>, <c>publisher</c>, or the source kind (<c>outlet</c>, <c>channel</c>, <c>person</c>…).</param>
/// <param name="Roles">What it does for this claim: <c>report</c>, <c>publisher</c>, <c>forwarded</c>, <c>relay</c>, <c>speaker</c>.</param>
/// <param name="Origin">True when the core counts it among the claim's independent origins.</param>
/// <param name="Time">For a report: when it appeared (published, else ingested).</param>
public sealed record GraphNode(string Id, string Label, string Kind, IReadOnlyList<string> Roles, bool Origin, DateTimeOffset? Time = null);
