namespace Claimtrail.Media.Evaluation;

/// <summary>How a transformation's copies fared: how many found their original, and how far they were from it.</summary>
/// <param name="Transform">The transformation.</param>
/// <param name="Copies">Copies searched.</param>
/// <param name="Matched">Copies whose original was among their matches.</param>
/// <param name="WrongMatches">Other originals the copies matched.</param>
/// <param name="MeanDistance">Mean distance from each copy to its original (mirrors searched).</param>
/// <param name="P95Distance">95th percentile of that distance.</param>
/// <param name="MaxDistance">The largest such distance.</param>
public sealed record MediaScore(MediaTransform Transform, int Copies, int Matched, int WrongMatches, double MeanDistance, int P95Distance, int MaxDistance)
{
    /// <summary>The share of copies matched to their original.</summary>
    public double MatchedShare => Copies == 0 ? 0 : (double)Matched / Copies;
}
