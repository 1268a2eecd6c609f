using Claimtrail.CheckWorthiness;

namespace Claimtrail.Tests.CheckWorthiness;

public sealed class CheckWorthyScoreTests
{
    [Fact]
    public void Average_precision_is_the_mean_precision_at_the_rank_of_each_positive()
    {
        // Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
        Assert.Equal((1 + 2d / 3) / 2, CheckWorthyScore.AveragePrecision([true, false, true, false]), 12);
        Assert.Equal(0, CheckWorthyScore.AveragePrecision([false, false]));
    }

    [Fact]
    public void Map_is_the_mean_over_transcripts_with_a_positive_ranked_by_score_then_position()
    {
        CheckWorthyRecord[] records =
        [
            new("a:1", "s", true, "a", null, 1), new("a:2", "s", false, "a", null, 2),
            new("b:1", "s", false, "b", null, 1), new("b:2", "s", true, "b", null, 2),
            new("c:1", "s", false, "c", null, 1),
        ];

        // Transcript b ties its two sentences: the earlier (negative) one ranks first, AP 1/2. Transcript c has no positive.
        var score = CheckWorthyScore.Of(records, [0.9, 0.1, 0.5, 0.5, 0.3], threshold: 0.5);

        Assert.Equal(2, score.Documents);
        Assert.Equal((1 + 0.5) / 2, score.MeanAveragePrecision, 12);
        Assert.Equal((2, 3), (score.TruePositives, score.Predicted));
        Assert.StartsWith("ranking  MAP=0.750", score.ToLines()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Data_without_transcripts_gets_precision_recall_and_f1_only()
    {
        CheckWorthyRecord[] records = [new("cb-1", "s", true, null, "g", 1), new("cb-2", "s", false, null, "g", 2)];

        var lines = CheckWorthyScore.Of(records, [0.8, 0.9], threshold: 0.5).ToLines();

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("checkworthy P=0.500 R=1.000 F1=0.667", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_tuning_split_keeps_whole_blocks_together_and_never_splits_transcripts()
    {
        var records = Enumerable.Range(0, 400)
            .Select(i => new CheckWorthyRecord($"cb-{i}", "s", false, null, $"cb-block-{i / 40:00}", i))
            .Append(new CheckWorthyRecord("t:1", "s", true, "t", null, 1))
            .ToList();

        var tune = CheckWorthySplit.Select(records, CheckWorthySplit.Part.Tune);
        var train = CheckWorthySplit.Select(records, CheckWorthySplit.Part.Train);

        Assert.All(records.Where(r => !r.IsRanked).GroupBy(r => r.Group), g => Assert.Single(g.Select(CheckWorthySplit.IsTune).Distinct()));
        Assert.Equal(records.Count + 1, tune.Count + train.Count);
        Assert.Contains(tune, r => r.IsRanked);
        Assert.Contains(train, r => r.IsRanked);
        Assert.Contains(tune, r => !r.IsRanked);
        Assert.Contains(train, r => !r.IsRanked);
    }
}
