namespace Claimtrail.Media.Evaluation;

/// <summary>The result of scoring a test set at one threshold.</summary>
/// <param name="Threshold">The threshold in bits.</param>
/// <param name="Originals">Distinct originals.</param>
/// <param name="Scores">Per transformation.</param>
/// <param name="DistinctPairs">Pairs of distinct originals compared.</param>
/// <param name="FalseMatches">Pairs of distinct originals that matched each other.</param>
/// <param name="ClosestDistinct">The smallest distance between two distinct originals.</param>
/// <param name="Sweep">For thresholds around the chosen one: each transformation's matched share and the false-match rate among distinct originals.</param>
public sealed record MediaEvaluation(
    int Threshold,
    int Originals,
    IReadOnlyList<MediaScore> Scores,
    long DistinctPairs,
    long FalseMatches,
    int ClosestDistinct,
    IReadOnlyList<(int Threshold, IReadOnlyDictionary<MediaTransform, double> Matched, double FalseMatchRate)> Sweep)
{
    /// <summary>The share of distinct pairs that matched.</summary>
    public double FalseMatchRate => DistinctPairs == 0 ? 0 : (double)FalseMatches / DistinctPairs;
}
