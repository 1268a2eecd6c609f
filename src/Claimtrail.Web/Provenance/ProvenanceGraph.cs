namespace Claimtrail.Web.Provenance;

/// <summary>A claim's provenance: who carried it, from whom, and which nodes are origins (they relay no one).</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Nodes">Reports, publishers, speakers and relays, reports first in ingest order.</param>
/// <param name="Edges">Relay, speaker, forward and publisher links.</param>
public sealed record ProvenanceGraph(string ClaimId, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The independent origins: nodes with no outgoing relay link.</summary>
    public IReadOnlyList<GraphNode> Origins => [.. Nodes.Where(n => n.Origin)];

    /// <summary>The label of a node, by id.</summary>
    public string Label(string id) => Nodes.FirstOrDefault(n => string.Equals(n.Id, id, StringComparison.Ordinal))?.Label ?? id;
}
