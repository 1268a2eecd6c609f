namespace Claimtrail.Web.Provenance;

/// <summary>A claim's provenance as cytoscape draws it: who carried it, from whom, and which nodes are its origins.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Nodes">Reports and agents, in the order the core's edges first name them; origins without a link last.</param>
/// <param name="Edges">Publisher, forward, quotation and attribution links.</param>
public sealed record ProvenanceGraph(string ClaimId, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The independent origins the core names, in its order (first appearance first).</summary>
    public IReadOnlyList<GraphNode> Origins { get; init; } = [];

    /// <summary>The label of a node, by id.</summary>
    public string Label(string id) => Nodes.FirstOrDefault(n => string.Equals(n.Id, id, StringComparison.Ordinal))?.Label ?? id;
}
