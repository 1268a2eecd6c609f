using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Claimtrail.Text;
using Claimtrail.Web.Provenance;

namespace Claimtrail.Web.Tests.Provenance;

public sealed class ProvenanceGraphBuilderTests
{
    private static readonly DateTimeOffset At = new(2024, 12, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_relay_chain_points_from_the_report_through_each_relay_to_the_speaker_who_is_the_origin()
    {
        var report = Report("sha256:a", publisher: null);
        var graph = Graph(Claim([report], (report.Id, Said("Moscow calling", SourceKind.Channel, "has published", Relay("Meduza", "quoted from")))));

        Assert.Equal(
            ["report:sha256:a → agent:meduza · quoted_from · quoted from", "agent:meduza → agent:moscow calling · attributed_to · has published"],
            graph.Edges.Select(e => e.Id));
        Assert.Equal(["Moscow calling"], graph.Origins.Select(n => n.Label));
        Assert.Equal(["relay"], graph.Nodes.Single(n => n.Label == "Meduza").Roles);
        Assert.Equal("channel", graph.Nodes.Single(n => n.Label == "Moscow calling").Kind);
    }

    [Fact]
    public void An_outlet_that_publishes_one_report_and_is_cited_by_another_is_one_node_and_the_core_names_the_origins()
    {
        var original = Report("sha256:a", publisher: "Meduza");
        var copy = Report("sha256:b", publisher: "Agentstvo");
        var graph = Graph(Claim(
            [original, copy],
            (original.Id, Said("Moscow calling", SourceKind.Channel, "has published")),
            (copy.Id, Said("Moscow calling", SourceKind.Channel, "has published", Relay("Meduza", "quoted from")))));

        var meduza = graph.Nodes.Single(n => n.Id == "agent:meduza");
        Assert.Equal(["publisher", "relay"], meduza.Roles);
        Assert.False(meduza.Origin);
        Assert.Equal(["Moscow calling"], graph.Origins.Select(n => n.Label));
        Assert.Contains(graph.Edges, e => e.Kind == "published_by" && e.Source == "report:sha256:b" && e.Target == "agent:agentstvo");
    }

    [Fact]
    public void A_forwarded_post_starts_its_chain_at_the_channel_it_was_forwarded_from()
    {
        var post = Report("sha256:a", publisher: "Readovka");
        var posts = new Dictionary<string, PostMetadata>(StringComparer.Ordinal) { [post.Id] = new PostMetadata { ForwardedFrom = "Mash" } };
        var graph = Graph(Claim([post], (post.Id, Said("witnesses", SourceKind.Collective, "say"))), posts);

        Assert.Contains(graph.Edges, e => e.Kind == "forwarded_from" && e.Source == "report:sha256:a" && e.Target == "agent:mash");
        Assert.Contains(graph.Edges, e => e.Kind == "attributed_to" && e.Source == "agent:mash" && e.Target == "agent:witnesses");
        Assert.Equal(["witnesses"], graph.Origins.Select(n => n.Label));
    }

    [Fact]
    public void Responses_stay_out_and_an_unattributed_report_is_its_own_origin_drawn_without_links()
    {
        var report = Report("sha256:a", publisher: null);
        var graph = Graph(Claim(
            [report],
            (report.Id, Said(string.Empty, SourceKind.Unknown, string.Empty)),
            (report.Id, Said("Dmitry Peskov", SourceKind.Person, "told reporters") with { Stance = Stance.Deflects })));

        Assert.DoesNotContain(graph.Nodes, n => n.Label == "Dmitry Peskov");
        var origin = Assert.Single(graph.Origins);
        Assert.Equal(("report:sha256:a", "report", "sha256:a.txt"), (origin.Id, origin.Kind, origin.Label));
        Assert.Empty(graph.Edges);
    }

    [Fact]
    public void The_same_link_made_by_two_reports_is_one_edge_counting_both()
    {
        var first = Report("sha256:a", publisher: "Sirena");
        var second = Report("sha256:b", publisher: null);
        var graph = Graph(Claim(
            [first, second],
            (first.Id, Said("Sirena", SourceKind.Outlet, "claims", Relay("Mash", "citing"))),
            (second.Id, Said("SIRENA", SourceKind.Outlet, "claims", Relay("Mash", "citing")) with { Id = "m2" })));

        Assert.Equal(2, graph.Edges.Single(e => e.Source == "agent:mash").Reports);
        Assert.Equal(["Sirena"], graph.Origins.Select(n => n.Label));
    }

    private static ProvenanceGraph Graph(ClaimDetail claim, IReadOnlyDictionary<string, PostMetadata>? posts = null) =>
        ProvenanceGraphBuilder.Build(claim, ProvenanceBuilder.Build(claim, posts ?? new Dictionary<string, PostMetadata>(StringComparer.Ordinal), []));

    private static ReportSummary Report(string id, string? publisher) => new(id, id + ".txt", null, "en", null, publisher, At);

    private static RelayLink Relay(string name, string cue) => new(name, SourceKind.Outlet, cue);

    private static Mention Said(string speaker, SourceKind kind, string cue, params RelayLink[] relay) => new()
    {
        Id = "m-" + speaker + "-" + relay.Length,
        Span = new TextSpan(0, 4),
        Fragments = [new TextSpan(0, 4)],
        Content = "a claim",
        Speaker = speaker.Length == 0 ? Speaker.None : new Speaker(speaker, kind),
        Cue = cue,
        CueSpan = new TextSpan(5, 6),
        Relay = relay,
        Extractor = "test",
    };

    private static ClaimDetail Claim(IReadOnlyList<ReportSummary> reports, params (string ReportId, Mention Mention)[] mentions) =>
        new("c-1", "a claim", ClaimStatus.Unverified, At, [.. mentions.Select(m => new LedgerMention(m.ReportId, m.Mention))], reports);
}
