using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class MatchScoreTests
{
    [Fact]
    public void The_report_ends_with_the_one_fixed_shape_figures_line()
    {
        // Decisions at 0.5: TP (0.9), FP (0.6), FN (0.4), TN (0.1): P=0.5, R=0.5; AUC: 0.9 beats both negatives, 0.4 beats 0.1: 3 of 4.
        var score = MatchScore.From([(0.9, true, false, true), (0.6, true, false, false), (0.4, false, false, true), (0.1, false, false, false)], 0.5);

        var lines = score.ToLines();

        Assert.Equal("pairs=4 gold_same=2 predicted_same=2 true_positives=1 stance_conflicts=0 threshold=0.500", lines[0]);
        Assert.Equal("match P=0.500 R=0.500 F1=0.500 AUC=0.750", lines[^1]);
    }
}
