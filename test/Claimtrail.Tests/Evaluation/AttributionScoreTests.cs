using System.Globalization;
using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class AttributionScoreTests
{
    [Fact]
    public void ToLines_prints_the_fixed_report_shape_with_three_decimals()
    {
        var score = new AttributionScore(2, 4, 5, 1, new FieldScore(4, 3, 2, 3), new FieldScore(3, 2, 1, 2), new FieldScore(4, 4, 0, 4));

        Assert.Equal(
            [
                "attribution eval: 2 documents, 4 gold, 5 predicted",
                "cue     exact P=0.667 R=0.500 F1=0.571  overlap P=1.000 R=0.750 F1=0.857",
                "source  exact P=0.500 R=0.333 F1=0.400  overlap P=1.000 R=0.667 F1=0.800",
                "content exact P=0.000 R=0.000 F1=0.000  overlap P=1.000 R=1.000 F1=1.000",
                "nested  1 predicted inside gold content, not scored",
            ],
            score.ToLines());
    }

    [Fact]
    public void ToLines_does_not_depend_on_the_current_culture()
    {
        var score = new AttributionScore(1, 3, 3, 0, new FieldScore(3, 3, 1, 2), default, default);
        var before = CultureInfo.CurrentCulture;
        try
        {
            // Invariant globalization allows no named cultures; a clone with a comma separator stands for one.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Contains("P=0.333", score.ToLines()[1], StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Add_sums_counts_so_that_figures_are_micro_averaged()
    {
        var a = new AttributionScore(1, 1, 1, 0, new FieldScore(1, 1, 1, 1), default, default);
        var b = new AttributionScore(1, 3, 1, 0, new FieldScore(3, 1, 0, 0), default, default);

        var sum = a.Add(b);

        Assert.Equal(new FieldScore(4, 2, 1, 1), sum.Cue);
        Assert.Equal(0.25, sum.Cue.Exact.Recall);
    }
}
