using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Provenance;

/// <summary>
/// Builds a claim's provenance from what the ledger stores: each stating mention's speaker and relay chain, each
/// report's publisher and forward, and the sightings of each report's text. A pure function, so both engines give
/// the same answer from the same rows.
/// </summary>
/// <remarks>
/// An appearance's path runs from its channel through the channel it was forwarded from, then the relay chain
/// (nearest first), to the speaker; its origin is the path's last agent, or the channel when the path is empty
/// (a channel speaking for itself), or the report itself when nothing is known. A sighting repeats its report's
/// text word for word, so it is a copy: its path runs through its own channel and forward to the report's
/// origin and never adds one.
/// </remarks>
public static class ProvenanceBuilder
{
    /// <summary>The provenance of <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim with its mentions and reports.</param>
    /// <param name="posts">Post metadata of the claim's reports, by report id; reports without any may be left out.</param>
    /// <param name="sightings">Sightings of the claim's reports, in the order the ledger recorded them.</param>
    public static ClaimProvenance Build(ClaimDetail claim, IReadOnlyDictionary<string, PostMetadata> posts, IReadOnlyList<ReportSighting> sightings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(sightings);
        var reports = claim.Reports.Select((r, i) => (Report: r, Order: i)).ToDictionary(p => p.Report.Id, StringComparer.Ordinal);
        var agents = new Dictionary<string, ProvenanceAgent>(StringComparer.Ordinal);
        var appearances = new List<(ClaimAppearance Appearance, int Order)>();
        var responses = new List<ClaimResponse>();
        var edges = new List<ProvenanceEdge>();
        var seenEdges = new HashSet<ProvenanceEdge>();

        void AddEdge(ProvenanceEdge edge)
        {
            if (seenEdges.Add(edge))
            {
                edges.Add(edge);
            }
        }

        // Agents are typed by what the texts say of them (a speaker "channel"), which a publisher's name alone does not.
        foreach (var (reportId, mention) in claim.Mentions.Select(m => (m.ReportId, m.Mention)))
        {
            Chain(mention, reportId, agents);
        }

        foreach (var forward in claim.Reports.Select(r => posts.GetValueOrDefault(r.Id)?.ForwardedFrom).Concat(sightings.Select(s => s.Post?.ForwardedFrom)))
        {
            Path(forward, [], agents);
        }

        foreach (var (reportId, mention) in claim.Mentions.Select(m => (m.ReportId, m.Mention)))
        {
            if (!reports.TryGetValue(reportId, out var entry))
            {
                continue;
            }

            var report = entry.Report;
            if (IsResponse(mention.Stance))
            {
                responses.Add(new ClaimResponse(report.Id, mention.Id, mention.Stance, Speaker(mention.Speaker, report.Id, agents), report.Published ?? report.IngestedAt));
                continue;
            }

            posts.TryGetValue(report.Id, out var post);
            var channel = Channel(report.Publisher, post, agents);
            var chain = Chain(mention, report.Id, agents);
            var path = Path(post?.ForwardedFrom, chain, agents);
            var origin = path.Count > 0 ? path[^1].Agent : channel ?? Self(report.Id, report.Source, agents);
            appearances.Add((new ClaimAppearance(report.Id, mention.Id, AppearanceKind.Report, report.Source, report.Published ?? report.IngestedAt,
                report.Published is not null, channel, path, origin), entry.Order));
            AddEdges(report.Id, channel, path, AddEdge);

            foreach (var sighting in sightings.Where(s => string.Equals(s.ReportId, report.Id, StringComparison.Ordinal)))
            {
                var sightingChannel = Channel(sighting.Publisher, sighting.Post, agents);
                var sightingPath = Path(sighting.Post?.ForwardedFrom, chain, agents);

                // A word-for-word copy leads back to where the report's text came from, named or not.
                if (sightingPath.Count == 0 || !string.Equals(sightingPath[^1].Agent.Id, origin.Id, StringComparison.Ordinal))
                {
                    sightingPath.Add(new ProvenanceHop(origin, ProvenanceRelation.QuotedFrom, null));
                }

                appearances.Add((new ClaimAppearance(report.Id, mention.Id, AppearanceKind.Sighting, sighting.Source, sighting.Published ?? sighting.SightedAt,
                    sighting.Published is not null, sightingChannel, sightingPath, origin), entry.Order));
                AddEdges(report.Id, sightingChannel, sightingPath, AddEdge);
            }
        }

        var ordered = appearances
            .OrderBy(a => a.Appearance.Time)
            .ThenBy(a => a.Order)
            .ThenBy(a => a.Appearance.Kind)
            .Select(a => a.Appearance)
            .ToList();
        var origins = new Dictionary<string, (ClaimAppearance First, int Count)>(StringComparer.Ordinal);
        var originOrder = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var appearance = ordered[i];
            if (origins.TryGetValue(appearance.Origin.Id, out var known))
            {
                origins[appearance.Origin.Id] = (known.First, known.Count + 1);
                continue;
            }

            origins[appearance.Origin.Id] = (appearance, 1);
            originOrder.Add(appearance.Origin.Id);
            ordered[i] = appearance with { NewOrigin = true };
        }

        var timeline = new List<TimelineDay>();
        var total = 0;
        foreach (var day in ordered.GroupBy(a => DateOnly.FromDateTime(a.Time.UtcDateTime)))
        {
            var fresh = day.Count(a => a.NewOrigin);
            total += fresh;
            timeline.Add(new TimelineDay(day.Key, day.Count(), fresh, total));
        }

        return new ClaimProvenance(
            claim.Id,
            [.. originOrder.Select(id => new ClaimOrigin(origins[id].First.Origin, origins[id].First.ReportId, origins[id].First.Time, origins[id].Count))],
            ordered.Count > 0 ? ordered[0] : null,
            ordered,
            timeline,
            [.. responses.OrderBy(r => r.Time)],
            edges);
    }

    /// <summary>True for stances that answer a claim rather than state it.</summary>
    public static bool IsResponse(Stance stance) => stance is Stance.Denies or Stance.Confirms or Stance.NoComment or Stance.Deflects;

    private static void AddEdges(string reportId, ProvenanceAgent? channel, IReadOnlyList<ProvenanceHop> path, Action<ProvenanceEdge> add)
    {
        var node = "report:" + reportId;
        if (channel is not null)
        {
            add(new ProvenanceEdge(node, channel.Id, ProvenanceRelation.PublishedBy, null, reportId));
        }

        // A forward hangs off the report; a relay chain runs from the report's nearest relay to the speaker.
        var from = node;
        foreach (var hop in path)
        {
            add(new ProvenanceEdge(from, hop.Agent.Id, hop.Relation, hop.Cue, reportId));
            from = hop.Agent.Id;
        }
    }

    private static List<ProvenanceHop> Chain(Mention mention, string reportId, Dictionary<string, ProvenanceAgent> agents)
    {
        var hops = new List<ProvenanceHop>();
        foreach (var link in mention.Relay)
        {
            hops.Add(new ProvenanceHop(Agent(link.Name, link.Kind, reportId, agents), ProvenanceRelation.QuotedFrom, link.Cue));
        }

        if (Speaker(mention.Speaker, reportId, agents) is { } speaker)
        {
            // "Agentstvo notes that Agentstvo…": a speaker already last in the chain is one step, not two.
            if (hops.Count == 0 || !string.Equals(hops[^1].Agent.Id, speaker.Id, StringComparison.Ordinal))
            {
                hops.Add(new ProvenanceHop(speaker, ProvenanceRelation.AttributedTo, mention.Cue));
            }
        }

        return hops;
    }

    private static List<ProvenanceHop> Path(string? forwardedFrom, List<ProvenanceHop> chain, Dictionary<string, ProvenanceAgent> agents)
    {
        var path = new List<ProvenanceHop>(chain.Count + 1);
        if (!string.IsNullOrWhiteSpace(forwardedFrom))
        {
            path.Add(new ProvenanceHop(Agent(forwardedFrom, SourceKind.Channel, null, agents), ProvenanceRelation.ForwardedFrom, null));
        }

        foreach (var hop in chain)
        {
            // "Forwarded from Valley Alerts: Valley Alerts says…" is one step, not a loop from an agent to itself.
            if (path.Count == 0 || !string.Equals(path[^1].Agent.Id, hop.Agent.Id, StringComparison.Ordinal))
            {
                path.Add(hop);
            }
        }

        return path;
    }

    private static ProvenanceAgent? Speaker(Speaker speaker, string reportId, Dictionary<string, ProvenanceAgent> agents) =>
        string.IsNullOrWhiteSpace(speaker.Name) ? null : Agent(speaker.Name, speaker.Kind, reportId, agents);

    private static ProvenanceAgent? Channel(string? publisher, PostMetadata? post, Dictionary<string, ProvenanceAgent> agents)
    {
        var name = !string.IsNullOrWhiteSpace(publisher) ? publisher : post?.Author;
        return string.IsNullOrWhiteSpace(name) ? null : Agent(name, SourceKind.Unknown, null, agents);
    }

    private static ProvenanceAgent Self(string reportId, string source, Dictionary<string, ProvenanceAgent> agents)
    {
        var id = "report:" + reportId;
        if (!agents.TryGetValue(id, out var agent))
        {
            agent = new ProvenanceAgent(id, source, SourceKind.Unknown);
            agents[id] = agent;
        }

        return agent;
    }

    private static ProvenanceAgent Agent(string name, SourceKind kind, string? reportId, Dictionary<string, ProvenanceAgent> agents)
    {
        var key = SourceKey.For(name);
        if (key.Length == 0)
        {
            key = name.Trim();
        }

        var id = reportId is not null && UnnamedSource.Is(name) ? $"unnamed:{reportId}:{key}" : "agent:" + key;
        if (!agents.TryGetValue(id, out var agent))
        {
            agent = new ProvenanceAgent(id, name, kind);
            agents[id] = agent;
        }

        return agent;
    }
}
