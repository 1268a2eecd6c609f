using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class RocAucTests
{
    private static (double, bool)[] Scored(double[] positives, double[] negatives) =>
        [.. positives.Select(s => (s, true)), .. negatives.Select(s => (s, false))];

    [Fact]
    public void Positives_all_above_negatives_give_one()
    {
        Assert.Equal(1d, RocAuc.Compute(Scored([0.9, 0.8, 0.7], [0.3, 0.2])));
    }

    [Fact]
    public void Positives_all_below_negatives_give_zero()
    {
        Assert.Equal(0d, RocAuc.Compute(Scored([0.1, 0.2], [0.8, 0.9, 0.95])));
    }

    [Fact]
    public void All_scores_tied_give_one_half()
    {
        Assert.Equal(0.5, RocAuc.Compute(Scored([0.4, 0.4, 0.4], [0.4, 0.4])));
    }

    [Fact]
    public void A_tie_between_a_positive_and_a_negative_counts_one_half()
    {
        // Positive-negative pairs: 0.8>0.5, 0.8>0.2, 0.5=0.5 (½), 0.5>0.2: 3.5 of 4.
        Assert.Equal(0.875, RocAuc.Compute(Scored([0.8, 0.5], [0.5, 0.2])), 12);
    }

    [Fact]
    public void Ties_inside_one_class_do_not_move_the_area()
    {
        // Pairs: 0.6 beats 0.3 twice, ties 0.6 twice (½ each), loses to 0.9 twice: (2 + 1) / 6 per positive.
        Assert.Equal(0.5, RocAuc.Compute(Scored([0.6, 0.6], [0.3, 0.6, 0.9])), 12);
    }

    [Fact]
    public void The_order_of_the_input_does_not_matter()
    {
        var scored = Scored([0.9, 0.35, 0.6, 0.6], [0.1, 0.6, 0.4, 0.8, 0.35]);
        var reversed = scored.Reverse().ToArray();

        // By hand: 0.9 beats 5; 0.35 beats 0.1, ties 0.35: 1.5; each 0.6 beats 0.1, 0.4, 0.35, ties 0.6: 3.5. Total 13.5 of 20.
        Assert.Equal(13.5 / 20, RocAuc.Compute(scored), 12);
        Assert.Equal(RocAuc.Compute(scored), RocAuc.Compute(reversed), 12);
    }

    [Fact]
    public void One_class_alone_leaves_the_area_undefined()
    {
        Assert.True(double.IsNaN(RocAuc.Compute(Scored([0.2, 0.3], []))));
    }
}
