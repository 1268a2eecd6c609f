namespace Claimtrail.Evaluation;

/// <summary>Counts for one scored field (cue, source or content), summed over documents.</summary>
/// <param name="Gold">Gold spans of the field.</param>
/// <param name="Predicted">Predicted spans of the field that are scored (nested predictions excluded).</param>
/// <param name="ExactMatches">Matched pairs whose token sets are identical.</param>
/// <param name="OverlapMatches">Matched pairs that share at least one token (exact ones included).</param>
public readonly record struct FieldScore(int Gold, int Predicted, int ExactMatches, int OverlapMatches)
{
    /// <summary>Precision, recall and F1 counting only exact matches.</summary>
    public PrecisionRecall Exact => PrecisionRecall.From(ExactMatches, Predicted, Gold);

    /// <summary>Precision, recall and F1 counting every overlap match.</summary>
    public PrecisionRecall Overlap => PrecisionRecall.From(OverlapMatches, Predicted, Gold);

    /// <summary>The counts of both scores together (micro-averaging sums counts, never ratios).</summary>
    public FieldScore Add(FieldScore other) =>
        new(Gold + other.Gold, Predicted + other.Predicted, ExactMatches + other.ExactMatches, OverlapMatches + other.OverlapMatches);
}
