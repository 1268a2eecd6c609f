namespace Claimtrail.Media.Evaluation;

/// <summary>The result of scoring a video test set at one threshold.</summary>
/// <param name="Threshold">The threshold in bits.</param>
/// <param name="Originals">Distinct original clips.</param>
/// <param name="MeanKeyframes">Keyframes per original clip, on average.</param>
/// <param name="Scores">Per transformation.</param>
/// <param name="DistinctPairs">Pairs of distinct clips compared.</param>
/// <param name="FalseMatches">Pairs of distinct clips that matched each other.</param>
public sealed record VideoEvaluation(int Threshold, int Originals, double MeanKeyframes, IReadOnlyList<VideoScore> Scores, long DistinctPairs, long FalseMatches)
{
    /// <summary>The share of distinct pairs that matched.</summary>
    public double FalseMatchRate => DistinctPairs == 0 ? 0 : (double)FalseMatches / DistinctPairs;
}
