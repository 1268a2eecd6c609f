using System.Globalization;
using Claimtrail.Matching;

namespace Claimtrail.Tests.Matching;

public sealed class MinHashSignatureTests
{
    private static string[] Items(string prefix, int from, int to) =>
        [.. Enumerable.Range(from, to - from).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public void Identical_sets_estimate_one()
    {
        var set = Items("w", 0, 50);

        Assert.Equal(1d, MinHashSignature.Of(set).EstimateJaccard(MinHashSignature.Of(set)));
    }

    [Theory]
    [InlineData(0, 100, 50, 150, 50d / 150)]
    [InlineData(0, 100, 90, 190, 10d / 190)]
    [InlineData(0, 100, 0, 300, 100d / 300)]
    public void The_estimate_is_close_to_the_exact_jaccard_index(int fromA, int toA, int fromB, int toB, double exact)
    {
        var a = MinHashSignature.Of(Items("s", fromA, toA), length: 256);
        var b = MinHashSignature.Of(Items("s", fromB, toB), length: 256);

        // 256 slots: the estimate's standard error is at most sqrt(0.25 / 256) ≈ 0.03.
        Assert.InRange(a.EstimateJaccard(b), exact - 0.1, exact + 0.1);
    }

    [Fact]
    public void Disjoint_sets_estimate_near_zero_and_empty_sets_exactly_zero()
    {
        var a = MinHashSignature.Of(Items("a", 0, 100));
        var b = MinHashSignature.Of(Items("b", 0, 100));
        var empty = MinHashSignature.Of([]);

        Assert.InRange(a.EstimateJaccard(b), 0d, 0.05);
        Assert.Equal(0d, empty.EstimateJaccard(MinHashSignature.Of([])));
    }

    [Fact]
    public void Signatures_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MinHashSignature.Of(["x"], 64).EstimateJaccard(MinHashSignature.Of(["x"], 128)));
    }
}
