using Claimtrail.CheckWorthiness;
using Claimtrail.Input;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.CheckWorthiness;

public sealed class CheckWorthinessModelTests
{
    [Fact]
    public void The_shipped_model_scores_a_checkable_figure_above_small_talk_and_above_its_threshold()
    {
        var model = CheckWorthinessModel.Shipped;

        var figure = model.Score("Unemployment in the region rose by 14 percent over the last two years.");
        var talk = model.Score("Thank you, it is great to be here with all of you tonight.");

        Assert.True(figure > talk, $"{figure} <= {talk}");
        Assert.True(model.IsCheckWorthy(figure));
        Assert.False(model.IsCheckWorthy(talk));
        Assert.StartsWith("logreg-checkworthy/1+", model.Version, StringComparison.Ordinal);
    }

    [SharedDataFact("eval/checkthat2019_task1/dev.jsonl")]
    public void The_shipped_model_keeps_its_ranking_quality_on_the_checkthat_dev_transcripts()
    {
        var records = CheckWorthyReader.ReadFile(SharedData.Require("eval/checkthat2019_task1/dev.jsonl"), e => Assert.Fail(e.Message));

        var score = CheckWorthyScore.Of(records, [.. records.Select(r => CheckWorthinessModel.Shipped.Score(r.Sentence))], CheckWorthinessModel.Shipped.Threshold);

        Assert.Equal(4, score.Documents);
        Assert.True(score.MeanAveragePrecision >= 0.15, $"MAP {score.MeanAveragePrecision}");
    }

    [Fact]
    public void Every_mention_of_the_default_pipeline_carries_a_score_between_0_and_1_and_a_pipeline_without_a_scorer_gives_none()
    {
        const string text = "The ministry said that 40,000 homes lost power on Monday. The mayor said the parade was lovely.";

        var scored = Analyze.Text(text).Mentions;
        var unscored = new AnalysisPipeline(AnalysisPipeline.DefaultComponents() with { CheckWorthiness = null })
            .Analyze(new SourceDocument("test", text, DocumentFormat.PlainText)).Mentions;

        Assert.Equal(2, scored.Count);
        Assert.All(scored, m => Assert.InRange(m.CheckWorthiness!.Value, 0, 1));
        Assert.True(scored[0].CheckWorthiness > scored[1].CheckWorthiness);
        Assert.All(unscored, m => Assert.Null(m.CheckWorthiness));
        Assert.Contains("\"checkWorthiness\":", AnalysisJson.Serialize(new AnalysisResult([Analyze.Text(text)], [])), StringComparison.Ordinal);
    }
}
