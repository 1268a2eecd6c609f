using Claimtrail.Ledger;
using Claimtrail.Model;
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
        var graph = ProvenanceGraphBuilder.Build(Claim([report], (report.Id, Said("Moscow calling", SourceKind.Channel, "has published", Relay("Meduza", "quoted from")))));

        Assert.Equal(
            ["report:sha256:a → source:meduza · cites · quoted from", "source:meduza → source:moscow calling · said_by · has published"],
            graph.Edges.Select(e => e.Id));
        Assert.Equal(["Moscow calling"], graph.Origins.Select(n => n.Label));
        Assert.Equal(["relay"], graph.Nodes.Single(n => n.Label == "Meduza").Roles);
    }

    [Fact]
    public void An_outlet_that_publishes_one_report_and_is_cited_by_another_joins_both_chains()
    {
        var original = Report("sha256:a", publisher: "Meduza");
        var copy = Report("sha256:b", publisher: "Agentstvo");
        var graph = ProvenanceGraphBuilder.Build(Claim(
            [original, copy],
            (original.Id, Said("Moscow calling", SourceKind.Channel, "has published")),
            (copy.Id, Said("Moscow calling", SourceKind.Channel, "has published", Relay("Meduza", "quoted from")))));

        var meduza = graph.Nodes.Single(n => n.Id == "source:meduza");
        Assert.Equal(["publisher", "relay"], meduza.Roles);
        Assert.False(meduza.Origin);
        Assert.Equal(["Moscow calling"], graph.Origins.Select(n => n.Label));
        Assert.Contains(graph.Edges, e => e.Kind == "published" && e.Source == "source:agentstvo" && e.Target == "report:sha256:b");
    }

    [Fact]
    public void A_forwarded_post_starts_its_chain_at_the_channel_it_was_forwarded_from()
    {
        var post = Report("sha256:a", publisher: "Readovka") with { ForwardedFrom = "Mash" };
        var graph = ProvenanceGraphBuilder.Build(Claim([post], (post.Id, Said("witnesses", SourceKind.Collective, "say"))));

        Assert.Contains(graph.Edges, e => e.Kind == "forwarded_from" && e.Source == "report:sha256:a" && e.Target == "source:mash");
        Assert.Contains(graph.Edges, e => e.Kind == "said_by" && e.Source == "source:mash" && e.Target == "source:witnesses");
        Assert.Equal(["witnesses"], graph.Origins.Select(n => n.Label));
    }

    [Fact]
    public void Responses_stay_out_and_an_unattributed_report_is_its_own_origin()
    {
        var report = Report("sha256:a", publisher: null);
        var graph = ProvenanceGraphBuilder.Build(Claim(
            [report],
            (report.Id, Said(string.Empty, SourceKind.Unknown, string.Empty)),
            (report.Id, Said("Dmitry Peskov", SourceKind.Person, "told reporters") with { Stance = Stance.Deflects })));

        Assert.DoesNotContain(graph.Nodes, n => n.Label == "Dmitry Peskov");
        Assert.Equal(["report:sha256:a"], graph.Origins.Select(n => n.Id));
        Assert.Empty(graph.Edges);
    }

    [Fact]
    public void The_same_link_made_by_two_mentions_is_one_edge_counting_both()
    {
        var report = Report("sha256:a", publisher: null);
        var graph = ProvenanceGraphBuilder.Build(Claim(
            [report],
            (report.Id, Said("Sirena", SourceKind.Outlet, "claims")),
            (report.Id, Said("SIRENA", SourceKind.Outlet, "claims") with { Id = "m2" })));

        Assert.Equal(2, Assert.Single(graph.Edges).Mentions);
    }

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
