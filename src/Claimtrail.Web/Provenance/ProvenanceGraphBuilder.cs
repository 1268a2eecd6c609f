using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Services;

namespace Claimtrail.Web.Provenance;

/// <summary>
/// Builds a claim's provenance graph from its mentions and reports. Every edge points from who passed the content on to
/// where they had it from, so the origins are the nodes with no outgoing edge: a report → the outlet it cites → the
/// channel that outlet quotes → the speaker. A forwarded post starts its chains at the channel it was forwarded from; a
/// publisher points at its own reports, so a publisher is never an origin (its reports are where its content comes from)
/// and an outlet cited by one report and publishing another joins the two chains. Responses (no comment, deflections,
/// denials) answer the claim rather than carry it and stay out.
/// </summary>
/// <remarks>
/// Sources meet by <see cref="SourceKey"/> whatever kind each mention gave them, so "Meduza" the relay and "Meduza" the
/// publisher are one node. This is the one place the desk derives provenance; it takes only a <see cref="ClaimDetail"/>.
/// </remarks>
public static class ProvenanceGraphBuilder
{
    /// <summary>The graph of <paramref name="claim"/>.</summary>
    public static ProvenanceGraph Build(ClaimDetail claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var graph = new Builder();
        var reports = new Dictionary<string, ReportSummary>(StringComparer.Ordinal);
        foreach (var report in claim.Reports)
        {
            reports[report.Id] = report;
            var reportNode = graph.Node(ReportId(report.Id), Names.Report(report), "report", "report", report.Published ?? report.IngestedAt);
            if (!string.IsNullOrWhiteSpace(report.Publisher))
            {
                var publisher = graph.Node(SourceId(report.Publisher), report.Publisher, "publisher", "publisher");
                graph.Edge(publisher, reportNode, "published", "published", countsMention: false);
            }
        }

        foreach (var (reportId, mention) in claim.Mentions)
        {
            if (Names.IsResponse(mention.Stance) || !reports.TryGetValue(reportId, out var report))
            {
                continue;
            }

            var head = ReportId(reportId);
            if (!string.IsNullOrWhiteSpace(report.ForwardedFrom))
            {
                var channel = graph.Node(SourceId(report.ForwardedFrom), report.ForwardedFrom, Names.Code(SourceKind.Channel), "forwarded");
                head = graph.Edge(head, channel, "forwarded_from", "forwarded from", countsMention: true);
            }

            foreach (var relay in mention.Relay)
            {
                var next = graph.Node(SourceId(relay.Name), relay.Name, Names.Code(relay.Kind), "relay");
                head = graph.Edge(head, next, "cites", Cue(relay.Cue, "cites"), countsMention: true);
            }

            if (!string.IsNullOrWhiteSpace(mention.Speaker.Name))
            {
                var speaker = graph.Node(SourceId(mention.Speaker.Name), mention.Speaker.Name, Names.Code(mention.Speaker.Kind), "speaker");
                graph.Edge(head, speaker, "said_by", Cue(mention.Cue, "said by"), countsMention: true);
            }
        }

        return graph.ToGraph(claim.Id);
    }

    private static string ReportId(string reportId) => "report:" + reportId;

    private static string SourceId(string name) => "source:" + SourceKey.For(name);

    private static string Cue(string cue, string fallback) => string.IsNullOrWhiteSpace(cue) ? fallback : cue.Trim();

    private sealed class Builder
    {
        private readonly List<NodeState> _nodes = [];
        private readonly Dictionary<string, NodeState> _byId = new(StringComparer.Ordinal);
        private readonly List<EdgeState> _edges = [];
        private readonly Dictionary<string, EdgeState> _edgeById = new(StringComparer.Ordinal);

        public string Node(string id, string label, string kind, string role, DateTimeOffset? time = null)
        {
            if (!_byId.TryGetValue(id, out var node))
            {
                node = new NodeState(id, label.Trim(), kind, time);
                _byId[id] = node;
                _nodes.Add(node);
            }

            if (!node.Roles.Contains(role, StringComparer.Ordinal))
            {
                node.Roles.Add(role);
            }

            return id;
        }

        /// <summary>Adds (or counts again) the edge and answers its target, the next head of a chain.</summary>
        public string Edge(string source, string target, string kind, string cue, bool countsMention)
        {
            // A speaker named again as their own relay ("X said, X reported") would loop on itself.
            if (string.Equals(source, target, StringComparison.Ordinal))
            {
                return target;
            }

            var id = source + " → " + target + " · " + kind + " · " + cue;
            if (!_edgeById.TryGetValue(id, out var edge))
            {
                edge = new EdgeState(id, source, target, kind, cue);
                _edgeById[id] = edge;
                _edges.Add(edge);
            }

            if (countsMention)
            {
                edge.Mentions++;
            }

            return target;
        }

        public ProvenanceGraph ToGraph(string claimId)
        {
            var relaying = _edges.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
            var nodes = _nodes.Select(n => new GraphNode(n.Id, n.Label, n.Kind, [.. n.Roles], !relaying.Contains(n.Id), n.Time)).ToList();
            var edges = _edges.Select(e => new GraphEdge(e.Id, e.Source, e.Target, e.Kind, e.Cue, e.Mentions)).ToList();
            return new ProvenanceGraph(claimId, nodes, edges);
        }
    }

    private sealed record NodeState(string Id, string Label, string Kind, DateTimeOffset? Time)
    {
        public List<string> Roles { get; } = [];
    }

    private sealed class EdgeState(string id, string source, string target, string kind, string cue)
    {
        public string Id { get; } = id;

        public string Source { get; } = source;

        public string Target { get; } = target;

        public string Kind { get; } = kind;

        public string Cue { get; } = cue;

        public int Mentions { get; set; }
    }
}
