namespace Claimtrail.Evaluation;

/// <summary>Precision, recall and F1 of one count of matches; each is 0 (never NaN) when its denominator is 0.</summary>
/// <param name="Precision">Matches over predictions.</param>
/// <param name="Recall">Matches over gold items.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
public readonly record struct PrecisionRecall(double Precision, double Recall, double F1)
{
    /// <summary>The figures for <paramref name="matched"/> matches among <paramref name="predicted"/> predictions and <paramref name="gold"/> gold items.</summary>
    public static PrecisionRecall From(int matched, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0d : (double)matched / predicted;
        var recall = gold == 0 ? 0d : (double)matched / gold;
        var f1 = precision + recall == 0d ? 0d : 2 * precision * recall / (precision + recall);
        return new PrecisionRecall(precision, recall, f1);
    }
}
