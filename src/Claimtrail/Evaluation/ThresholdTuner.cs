namespace Claimtrail.Evaluation;

/// <summary>Chooses one operating threshold for several scored sets at once.</summary>
public static class ThresholdTuner
{
    /// <summary>
    /// The score threshold that maximises the worst margin <c>F1 − target</c> over <paramref name="sets"/>:
    /// one threshold serves sets whose best thresholds differ (short paraphrases, posts against long
    /// fact-checks), so it is placed where the set closest to missing its target is best off. With all
    /// targets 0 this maximises the lowest F1. Candidates are the midpoints between consecutive distinct
    /// scores; among equal margins the higher mean F1 wins.
    /// </summary>
    /// <returns>The threshold and each set's F1 at it.</returns>
    public static (double Threshold, IReadOnlyList<double> F1) MaximiseWorstMargin(IReadOnlyList<(IReadOnlyList<(double Score, bool Positive)> Scored, double Target)> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var scores = sets.SelectMany(s => s.Scored.Select(p => p.Score)).Distinct().Order().ToArray();
        if (scores.Length == 0)
        {
            throw new ArgumentException("no scores to tune on", nameof(sets));
        }

        var candidates = new List<double>(scores.Length) { scores[0] };
        for (var i = 1; i < scores.Length; i++)
        {
            candidates.Add((scores[i - 1] + scores[i]) / 2d);
        }

        var best = (Threshold: candidates[0], Worst: double.NegativeInfinity, Mean: double.NegativeInfinity, F1: (IReadOnlyList<double>)[]);
        foreach (var threshold in candidates)
        {
            var f1 = sets.Select(set => F1At(set.Scored, threshold)).ToArray();
            var worst = sets.Select((set, i) => f1[i] - set.Target).Min();
            var mean = f1.Average();
            if (worst > best.Worst || (worst == best.Worst && mean > best.Mean))
            {
                best = (threshold, worst, mean, f1);
            }
        }

        return (best.Threshold, best.F1);
    }

    /// <summary>F1 of the positive class when scores at or above <paramref name="threshold"/> are predicted positive.</summary>
    public static double F1At(IReadOnlyList<(double Score, bool Positive)> set, double threshold)
    {
        ArgumentNullException.ThrowIfNull(set);
        var predicted = 0;
        var truePositives = 0;
        var positives = 0;
        foreach (var (score, positive) in set)
        {
            predicted += score >= threshold ? 1 : 0;
            truePositives += positive && score >= threshold ? 1 : 0;
            positives += positive ? 1 : 0;
        }

        return PrecisionRecall.From(truePositives, predicted, positives).F1;
    }
}
