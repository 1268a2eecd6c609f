namespace Claimtrail.Web.Provenance;

/// <summary>One actor or document in a claim's provenance graph.</summary>
/// <param name="Id">Stable within the graph: <c>report:sha256:…</c>, <c>publisher:key</c> or <c>source:kind:key</c>.</param>
/// <param name="Label">The name as first written, or the report's title.</param>
/// <param name="Kind"><c>report</c>, <c>publisher</c>, or the source kind (<c>outlet</c>, <c>channel</c>, <c>person</c>…).</param>
/// <param name="Roles">What it does for this claim: <c>report</c>, <c>publisher</c>, <c>speaker</c>, <c>relay</c>, <c>forwarded</c>.</param>
/// <param name="Origin">True when it relays no one: an independent origin of what the reports carry.</param>
/// <param name="Time">For a report: when it appeared (published, else ingested).</param>
public sealed record GraphNode(string Id, string Label, string Kind, IReadOnlyList<string> Roles, bool Origin, DateTimeOffset? Time = null);
