namespace Claimtrail.Evaluation;

/// <summary>
/// Area under the ROC curve: the probability that a random positive scores above a random negative,
/// counting a tie as one half (the Mann–Whitney statistic with mid-ranks).
/// </summary>
public static class RocAuc
{
    /// <summary>The AUC of <paramref name="scored"/>; NaN when either class is absent, since it is then undefined.</summary>
    public static double Compute(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var sorted = scored.OrderBy(s => s.Score).ToArray();
        var positives = sorted.Count(s => s.Positive);
        var negatives = sorted.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Sum of the positives' 1-based ranks, tied scores sharing the mean of their ranks.
        var rankSum = 0d;
        var i = 0;
        while (i < sorted.Length)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1].Score.Equals(sorted[i].Score))
            {
                j++;
            }

            var midRank = (i + j + 2) / 2d;
            for (var k = i; k <= j; k++)
            {
                if (sorted[k].Positive)
                {
                    rankSum += midRank;
                }
            }

            i = j + 1;
        }

        return (rankSum - positives * (positives + 1) / 2d) / ((double)positives * negatives);
    }
}
