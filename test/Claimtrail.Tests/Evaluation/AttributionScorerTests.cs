using Claimtrail.Evaluation;
using Claimtrail.Extraction;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Evaluation;

public sealed class AttributionScorerTests
{
    private const string Mayor = "The mayor said the bridge will reopen in May. Residents were not convinced.";

    private static AttributionScore Evaluate(GoldDocument document, params Attribution[] predictions) =>
        AttributionScorer.ForExtractor(new FixedAttributionExtractor(predictions)).Evaluate([document]);

    [Fact]
    public void Scorer_counts_identical_token_sets_as_exact_and_ignores_punctuation()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));

        // The predicted content takes the full stop along: punctuation is not scored, so still exact.
        var score = Evaluate(gold, s.Predicted("The mayor", "said", "the bridge will reopen in May."));

        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Cue);
        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Source);
        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Content);
        Assert.Equal(1d, score.Content.Exact.F1);
    }

    [Fact]
    public void Scorer_counts_a_partial_span_as_overlap_but_not_exact()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));

        var score = Evaluate(gold, s.Predicted("mayor", "said", "will reopen"));

        Assert.Equal(new FieldScore(1, 1, 0, 1), score.Source);
        Assert.Equal(new FieldScore(1, 1, 0, 1), score.Content);
        Assert.Equal(0d, score.Content.Exact.Precision);
        Assert.Equal(1d, score.Content.Overlap.Recall);
    }

    [Fact]
    public void Scorer_does_not_match_spans_that_share_no_token()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));

        var score = Evaluate(gold, s.Predicted("Residents", "were not convinced", "Residents were"));

        Assert.Equal(new FieldScore(1, 1, 0, 0), score.Cue);
        Assert.Equal(new FieldScore(1, 1, 0, 0), score.Content);
    }

    [Fact]
    public void Scorer_counts_discontinuous_content_by_fragments()
    {
        var s = new Spans("\"The plan is dead,\" the senator said, \"and nobody will save it.\"");
        var gold = s.Document(new GoldAttribution(
            "E1",
            s.Gold("the senator"),
            s.Gold("said"),
            s.Gold(s.Of("\"The plan is dead,\""), s.Of("\"and nobody will save it.\""))));

        var pieces = Evaluate(gold, s.Predicted("the senator", "said", "The plan is dead", "and nobody will save it"));
        var extent = Evaluate(gold, s.Predicted("the senator", "said", "\"The plan is dead,\" the senator said, \"and nobody will save it.\""));

        Assert.Equal(new FieldScore(1, 1, 1, 1), pieces.Content);

        // The whole extent also covers the gap ("the senator said"), which is not content.
        Assert.Equal(new FieldScore(1, 1, 0, 1), extent.Content);
    }

    [Fact]
    public void Scorer_leaves_null_gold_sources_and_sourceless_predictions_out_of_the_source_field()
    {
        var s = new Spans("A common refrain is that the polls are wrong. The governor said taxes will fall.");
        var gold = s.Document(
            s.Relation("E1", null, "A common refrain is", "that the polls are wrong"),
            s.Relation("E2", "The governor", "said", "taxes will fall"));

        var score = Evaluate(
            gold,
            s.Predicted(null, "A common refrain is", "that the polls are wrong"),
            s.Predicted(null, "said", "taxes will fall"));

        Assert.Equal(new FieldScore(1, 0, 0, 0), score.Source);
        Assert.Equal(0d, score.Source.Overlap.Recall);
        Assert.Equal(new FieldScore(2, 2, 2, 2), score.Cue);
        Assert.Equal(new FieldScore(2, 2, 2, 2), score.Content);
    }

    [Fact]
    public void Scorer_counts_a_source_predicted_where_gold_has_none_as_a_false_positive()
    {
        var s = new Spans("A common refrain is that the polls are wrong, pundits argue.");
        var gold = s.Document(s.Relation("E1", null, "A common refrain is", "that the polls are wrong"));

        var score = Evaluate(gold, s.Predicted("pundits", "argue", "that the polls are wrong"));

        Assert.Equal(new FieldScore(0, 1, 0, 0), score.Source);
        Assert.Equal(0d, score.Source.Overlap.Precision);
    }

    [Fact]
    public void Scorer_reports_a_prediction_with_its_cue_inside_gold_content_as_nested_and_does_not_score_it()
    {
        var s = new Spans("The report said that the minister told aides the deal was off.");
        var gold = s.Document(s.Relation("E1", "The report", "said", "that the minister told aides the deal was off"));

        var score = Evaluate(
            gold,
            s.Predicted("The report", "said", "that the minister told aides the deal was off"),
            s.Predicted("the minister", "told", "the deal was off"));

        Assert.Equal(2, score.Predicted);
        Assert.Equal(1, score.Nested);
        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Cue);
        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Source);
        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Content);
    }

    [Fact]
    public void Scorer_counts_an_unmatched_prediction_outside_gold_content_as_a_false_positive()
    {
        var s = new Spans("The report said the deal was off. Aides told reporters nothing.");
        var gold = s.Document(s.Relation("E1", "The report", "said", "the deal was off"));

        var score = Evaluate(
            gold,
            s.Predicted("The report", "said", "the deal was off"),
            s.Predicted("Aides", "told", "nothing"));

        Assert.Equal(0, score.Nested);
        Assert.Equal(new FieldScore(1, 2, 1, 1), score.Cue);
        Assert.Equal(0.5, score.Cue.Exact.Precision);
    }

    [Fact]
    public void Scorer_matches_one_to_one_so_a_duplicate_prediction_is_a_false_positive()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));
        var prediction = s.Predicted("The mayor", "said", "the bridge will reopen in May");

        var score = Evaluate(gold, prediction, prediction);

        Assert.Equal(new FieldScore(1, 2, 1, 1), score.Cue);
        Assert.Equal(new FieldScore(1, 2, 1, 1), score.Content);
        Assert.Equal(0.5, score.Content.Exact.Precision);
        Assert.Equal(1d, score.Content.Exact.Recall);
    }

    [Fact]
    public void Scorer_matches_the_closest_prediction_first_when_two_overlap_one_gold_span()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));

        // The partial content comes first in the list; the identical one must still win the gold span.
        var score = Evaluate(
            gold,
            s.Predicted("The mayor", "said", "the bridge"),
            s.Predicted("The mayor", "said", "the bridge will reopen in May"));

        Assert.Equal(new FieldScore(1, 2, 1, 1), score.Content);
    }

    [Fact]
    public void Scorer_gives_zero_not_NaN_when_nothing_is_predicted()
    {
        var s = new Spans(Mayor);
        var gold = s.Document(s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"));

        var score = Evaluate(gold);

        Assert.Equal(0, score.Predicted);
        Assert.Equal(new PrecisionRecall(0, 0, 0), score.Cue.Exact);
        Assert.Equal(new PrecisionRecall(0, 0, 0), score.Content.Overlap);
        Assert.Equal("cue     exact P=0.000 R=0.000 F1=0.000  overlap P=0.000 R=0.000 F1=0.000", score.ToLines()[1]);
    }

    [Fact]
    public void Scorer_matches_a_cue_made_only_of_punctuation()
    {
        var s = new Spans("Trump on trade: the deals are bad.");
        var gold = s.Document(s.Relation("E1", "Trump", ":", "the deals are bad"));

        var score = Evaluate(gold, s.Predicted("Trump", ":", "the deals are bad"));

        Assert.Equal(new FieldScore(1, 1, 1, 1), score.Cue);
    }

    [Fact]
    public void Evaluate_gives_the_same_sums_as_scoring_each_document()
    {
        var s = new Spans(Mayor);
        var predictions = new[] { s.Predicted("mayor", "said", "will reopen"), s.Predicted("Residents", "were not convinced", "Residents were") };
        var documents = Enumerable.Range(0, 40)
            .Select(i => new GoldDocument($"doc-{i}", Mayor, i % 2 == 0
                ? [s.Relation("E1", "The mayor", "said", "the bridge will reopen in May")]
                : [s.Relation("E1", "The mayor", "said", "the bridge will reopen in May"), s.Relation("E2", null, "were not convinced", "Residents")]))
            .ToList();
        var scorer = AttributionScorer.ForExtractor(new FixedAttributionExtractor(predictions));

        var parallel = scorer.Evaluate(documents);
        var sequential = documents.Aggregate(AttributionScore.Empty, (sum, d) => sum.Add(AttributionScorer.Score(d, scorer.Predict(d))));

        Assert.Equal(sequential, parallel);
        Assert.Equal(40, parallel.Documents);
    }
}
