using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class ThresholdTunerTests
{
    [Fact]
    public void F1_counts_scores_at_the_threshold_as_predicted()
    {
        (double, bool)[] set = [(0.9, true), (0.5, true), (0.5, false), (0.1, false)];

        // At 0.5: 3 predicted, 2 right, 2 gold: P=2/3, R=1, F1=0.8.
        Assert.Equal(0.8, ThresholdTuner.F1At(set, 0.5), 12);
    }

    [Fact]
    public void A_separable_set_gets_a_threshold_between_its_classes()
    {
        (double, bool)[] set = [(0.9, true), (0.8, true), (0.3, false), (0.2, false)];

        var (threshold, f1) = ThresholdTuner.MaximiseWorstMargin([(set, 0d)]);

        Assert.InRange(threshold, 0.3 + 1e-9, 0.8);
        Assert.Equal(1d, Assert.Single(f1));
    }

    [Fact]
    public void The_threshold_favours_the_set_closest_to_its_target()
    {
        // Set A is best at 0.75 and has room; set B needs the threshold at or below 0.35 to reach its target.
        (double, bool)[] a = [(0.8, true), (0.7, false), (0.4, true), (0.3, false), (0.2, false)];
        (double, bool)[] b = [(0.35, true), (0.3, true), (0.1, false)];

        var (threshold, f1) = ThresholdTuner.MaximiseWorstMargin([(a, 0.5), (b, 0.9)]);

        Assert.True(threshold <= 0.35, threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(f1[1] >= 0.9);
    }
}
