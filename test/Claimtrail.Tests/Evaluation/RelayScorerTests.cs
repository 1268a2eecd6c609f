using System.Text;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Text;

namespace Claimtrail.Tests.Evaluation;

public sealed class RelayScorerTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "TestData", "relay-gold.jsonl");

    [Fact]
    public void The_relay_gold_set_has_at_least_60_well_formed_cases_of_every_construction()
    {
        var errors = new List<InputException>();

        var cases = RelayGoldReader.ReadFile(GoldPath, errors.Add);

        Assert.Empty(errors);
        Assert.True(cases.Count >= 60, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var construction in (string[])["quoted_from", "according_to_citing", "citing", "notes", "via", "as_reported_by", "nested_speech", "no_relay"])
        {
            Assert.Contains(cases, c => c.Construction == construction);
        }
    }

    [Fact]
    public void The_default_pipeline_holds_its_chain_accuracy_on_the_relay_gold_set()
    {
        var cases = RelayGoldReader.ReadFile(GoldPath, e => Assert.Fail(e.Message));

        var score = new RelayScorer(AnalysisPipeline.CreateDefault()).Evaluate(cases);

        Assert.True(score.ExactCases >= cases.Count * 85 / 100, string.Join('\n', score.Misses.Select(m => m.Case.Id)));
        Assert.Equal(cases.Count, score.Cases);
    }

    [Fact]
    public void A_chain_with_its_links_in_the_wrong_order_is_not_exact_but_its_links_still_match()
    {
        var gold = new RelayGoldCase("c1", "nested", "text", "text", "the minister", [new("Eastline", "reported"), new("Radio Vesna", "according to")]);
        var got = Mention("the minister", new RelayLink("Radio Vesna", SourceKind.Outlet, "according to"), new RelayLink("the site Eastline", SourceKind.Outlet, "reported"));
        var score = new RelayScore();

        score.Add(gold, got);

        Assert.Equal((0, 1, 2, 2), (score.ExactChains, score.Speakers, score.MatchedLinks, score.GoldLinks));
        Assert.Single(score.Misses);
        Assert.Contains("construction nested", score.ToLines()[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_with_no_mention_counts_against_speaker_and_a_nonempty_chain()
    {
        var score = new RelayScore();

        score.Add(new RelayGoldCase("c1", "via", "t", "t", "Residents", [new("@desk", "via")]), null);
        score.Add(new RelayGoldCase("c2", "no_relay", "t", "t", "The mayor", []), Mention("the mayor"));

        Assert.Equal((2, 1, 1, 1, 1), (score.Cases, score.Found, score.ExactChains, score.Speakers, score.ExactCases));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number_and_the_rest_is_read()
    {
        const string lines = """
            {"id": "a", "text": "The mayor said the bridge is shut.", "content": "the bridge is shut", "speaker": "The mayor", "chain": []}
            {"id": "b", "text": "The mayor said the bridge is shut.", "content": "the road is shut", "speaker": "The mayor", "chain": []}
            {"id": "c", "text": "The mayor said so.", "content": "so", "speaker": "The mayor"}
            not json
            {"id": "d", "text": "Residents said, via @desk, the bridge is shut.", "content": "the bridge is shut", "speaker": "Residents", "chain": [{"source": "@desk", "cue": "via"}]}
            """;
        var errors = new List<InputException>();

        var cases = RelayGoldReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "relay.jsonl", errors.Add);

        Assert.Equal(["a", "d"], cases.Select(c => c.Id));
        Assert.Equal(3, errors.Count);
        Assert.Contains("line 2", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("not in the text", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("chain", errors[1].Message, StringComparison.Ordinal);
    }

    private static Mention Mention(string speaker, params RelayLink[] relay) => new()
    {
        Id = "m",
        Span = new TextSpan(0, 1),
        Fragments = [new TextSpan(0, 1)],
        Content = "x",
        Speaker = new Speaker(speaker, SourceKind.Person),
        Cue = "said",
        CueSpan = new TextSpan(0, 1),
        Relay = relay,
        Extractor = "test/1",
    };
}
