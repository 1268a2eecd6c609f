using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Claimtrail.Web.Services;

namespace Claimtrail.Web.Provenance;

/// <summary>
/// Turns the core's <see cref="ClaimProvenance"/> into the nodes and links cytoscape draws. It derives nothing: the links
/// are the core's edges (the same link made by several reports drawn once), the nodes their endpoints, and the origins
/// the core's independent origins.
/// </summary>
/// <remarks>
/// The <see cref="ClaimDetail"/> only names the reports: the provenance knows a report by its id alone.
/// </remarks>
public static class ProvenanceGraphBuilder
{
    /// <summary>The graph of <paramref name="claim"/> from its <paramref name="provenance"/>.</summary>
    public static ProvenanceGraph Build(ClaimDetail claim, ClaimProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(provenance);
        var reports = claim.Reports.ToDictionary(r => ReportNode(r.Id), StringComparer.Ordinal);
        var agents = Agents(provenance);
        var origins = provenance.Origins.Select(o => o.Agent.Id).ToHashSet(StringComparer.Ordinal);

        var order = new List<string>();
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Role(string id, string? role)
        {
            if (!roles.TryGetValue(id, out var list))
            {
                list = [];
                roles[id] = list;
                order.Add(id);
            }

            if (role is not null && !list.Contains(role, StringComparer.Ordinal))
            {
                list.Add(role);
            }
        }

        var edges = new List<GraphEdge>();
        foreach (var link in provenance.Edges.GroupBy(e => (e.From, e.To, e.Relation, Cue: e.Cue?.Trim() ?? string.Empty)))
        {
            var (from, to, relation, cue) = link.Key;
            // An agent a link starts from already has the role of the link that reached it.
            Role(from, reports.ContainsKey(from) ? "report" : null);
            Role(to, RoleOf(relation));
            var kind = Names.Code(relation);
            var label = cue.Length > 0 ? cue : Names.Label(relation);
            edges.Add(new GraphEdge(from + " → " + to + " · " + kind + " · " + label, from, to, kind, label, link.Select(e => e.ReportId).Distinct(StringComparer.Ordinal).Count()));
        }

        // A report in its own voice with no publisher has no link at all, yet is an origin the page names.
        foreach (var origin in provenance.Origins)
        {
            Role(origin.Agent.Id, reports.ContainsKey(origin.Agent.Id) ? "report" : "speaker");
        }

        var nodes = order.Select(id => Node(id, roles[id], reports, agents, origins.Contains(id))).ToList();
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return new ProvenanceGraph(claim.Id, nodes, edges) { Origins = [.. provenance.Origins.Select(o => byId[o.Agent.Id])] };
    }

    private static GraphNode Node(string id, List<string> roles, Dictionary<string, ReportSummary> reports, Dictionary<string, ProvenanceAgent> agents, bool origin)
    {
        if (reports.TryGetValue(id, out var report))
        {
            return new GraphNode(id, Names.Report(report), "report", roles, origin, report.Published ?? report.IngestedAt);
        }

        var agent = agents.GetValueOrDefault(id);
        // A publisher's name alone says nothing of what it is; the legend's publisher colour says what it does here.
        var kind = agent is null || agent.Kind == SourceKind.Unknown
            ? roles.Contains("publisher", StringComparer.Ordinal) ? "publisher" : Names.Code(SourceKind.Unknown)
            : Names.Code(agent.Kind);
        return new GraphNode(id, agent?.Name.Trim() ?? id, kind, roles, origin);
    }

    private static Dictionary<string, ProvenanceAgent> Agents(ClaimProvenance provenance)
    {
        var agents = new Dictionary<string, ProvenanceAgent>(StringComparer.Ordinal);
        var all = provenance.Origins.Select(o => o.Agent)
            .Concat(provenance.Appearances.SelectMany(a => a.Path.Select(h => h.Agent).Append(a.Origin).Concat(a.Channel is null ? [] : [a.Channel])));
        foreach (var agent in all)
        {
            agents.TryAdd(agent.Id, agent);
        }

        return agents;
    }

    private static string RoleOf(ProvenanceRelation relation) => relation switch
    {
        ProvenanceRelation.PublishedBy => "publisher",
        ProvenanceRelation.ForwardedFrom => "forwarded",
        ProvenanceRelation.AttributedTo => "speaker",
        _ => "relay",
    };

    private static string ReportNode(string reportId) => "report:" + reportId;
}
