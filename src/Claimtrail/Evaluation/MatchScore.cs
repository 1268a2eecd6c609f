using System.Globalization;

namespace Claimtrail.Evaluation;

/// <summary>Claim-matching figures at an operating threshold, with the threshold-free ROC AUC.</summary>
/// <param name="Pairs">Pairs scored.</param>
/// <param name="GoldSame">Pairs the gold marks as the same claim.</param>
/// <param name="PredictedSame">Pairs predicted to match.</param>
/// <param name="TruePositives">Pairs both predicted and gold matches.</param>
/// <param name="StanceConflicts">Pairs kept apart because their stances oppose.</param>
/// <param name="Threshold">The operating threshold.</param>
/// <param name="Auc">Area under the ROC curve of the scores; NaN when one class is absent.</param>
public sealed record MatchScore(int Pairs, int GoldSame, int PredictedSame, int TruePositives, int StanceConflicts, double Threshold, double Auc)
{
    /// <summary>Precision, recall and F1 of the "same" class.</summary>
    public PrecisionRecall Figures => PrecisionRecall.From(TruePositives, PredictedSame, GoldSame);

    /// <summary>Scores <paramref name="results"/>: each a model score, the decision, whether stances conflicted, and the gold label.</summary>
    public static MatchScore From(IReadOnlyList<(double Score, bool Predicted, bool Conflict, bool Gold)> results, double threshold)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new MatchScore(
            results.Count,
            results.Count(r => r.Gold),
            results.Count(r => r.Predicted),
            results.Count(r => r.Predicted && r.Gold),
            results.Count(r => r.Conflict),
            threshold,
            RocAuc.Compute([.. results.Select(r => (r.Score, r.Gold))]));
    }

    /// <summary>The report: counts first, then the one fixed-shape figures line, invariant culture.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var f = Figures;
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"pairs={Pairs} gold_same={GoldSame} predicted_same={PredictedSame} true_positives={TruePositives} stance_conflicts={StanceConflicts} threshold={Threshold:0.000}"),
            string.Create(CultureInfo.InvariantCulture, $"match P={f.Precision:0.000} R={f.Recall:0.000} F1={f.F1:0.000} AUC={Auc:0.000}"),
        ];
    }
}
