using System.Text;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Text;

namespace Claimtrail.Tests.Evaluation;

public sealed class StanceScorerTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "TestData", "stance-gold.jsonl");

    [Fact]
    public void The_stance_gold_set_has_at_least_100_sentences_with_every_stance_and_hedges()
    {
        var errors = new List<InputException>();

        var cases = StanceGoldReader.ReadFile(GoldPath, errors.Add);

        Assert.Empty(errors);
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        Assert.All(Enum.GetValues<Stance>(), s => Assert.True(cases.Count(c => c.Stance == s) >= 10, $"{s}"));
        Assert.True(cases.Count(c => c.Hedges.Count > 0) >= 20);
    }

    [Fact]
    public void The_default_pipeline_holds_its_stance_accuracy_and_hedge_recall_on_the_gold_set()
    {
        var cases = StanceGoldReader.ReadFile(GoldPath, e => Assert.Fail(e.Message));

        var score = new StanceScorer(AnalysisPipeline.CreateDefault()).Evaluate(cases);

        Assert.True(score.Correct >= cases.Count * 9 / 10, string.Join('\n', score.Misses.Select(m => m.Case.Id)));
        Assert.True(score.MatchedHedges >= score.GoldHedges * 8 / 10, $"{score.MatchedHedges}/{score.GoldHedges}");
    }

    [Fact]
    public void The_confusion_matrix_counts_gold_rows_against_predicted_columns_and_missing_mentions()
    {
        var score = new StanceScore();

        score.Add(Case(Stance.Denies, "not true"), Mention(Stance.Denies));
        score.Add(Case(Stance.Conditional), Mention(Stance.Asserts));
        score.Add(Case(Stance.Conditional), null);

        Assert.Equal((1, 1, 1, 3), (score.Count(Stance.Denies, Stance.Denies), score.Count(Stance.Conditional, Stance.Asserts), score.Count(Stance.Conditional, null), score.Cases));
        Assert.Equal(1, score.Correct);
        Assert.Contains(score.ToLines(), l => l.StartsWith("conditional  accuracy=0.000 (0/2)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_predicted_hedge_matches_a_gold_hedge_it_holds_as_whole_words()
    {
        var score = new StanceScore();

        score.Add(Case(Stance.Asserts, "they say", "may"), Mention(Stance.Asserts, "which they say would show", "mayor"));

        Assert.Equal((1, 2, 2), (score.MatchedHedges, score.GoldHedges, score.PredictedHedges));
    }

    [Fact]
    public void An_unknown_stance_is_a_malformed_line_naming_the_stances_there_are()
    {
        var errors = new List<InputException>();
        var bytes = Encoding.UTF8.GetBytes("""{"id": "x", "text": "He said so.", "stance": "agrees", "hedges": []}""");

        var cases = StanceGoldReader.Read(new MemoryStream(bytes), "stance.jsonl", errors.Add);

        Assert.Empty(cases);
        Assert.Contains("no_comment", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    private static StanceGoldCase Case(Stance stance, params string[] hedges) => new("c", "text", null, stance, hedges);

    private static Mention Mention(Stance stance, params string[] hedges) => new()
    {
        Id = "m",
        Span = new TextSpan(0, 1),
        Fragments = [new TextSpan(0, 1)],
        Content = "x",
        Speaker = new Speaker("someone", SourceKind.Person),
        Cue = "said",
        CueSpan = new TextSpan(0, 1),
        Stance = stance,
        Hedges = hedges,
        Extractor = "test/1",
    };
}
