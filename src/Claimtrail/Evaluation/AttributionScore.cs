using System.Globalization;

namespace Claimtrail.Evaluation;

/// <summary>The result of an attribution evaluation: counts per field, micro-averaged over all documents.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold attributions.</param>
/// <param name="Predicted">Predicted attributions, nested ones included.</param>
/// <param name="Nested">Predictions whose cue lies inside a gold content span and matches no gold cue: not scored.</param>
/// <param name="Cue">Cue counts.</param>
/// <param name="Source">Source counts (gold relations without a source and predictions without one left out).</param>
/// <param name="Content">Content counts.</param>
public sealed record AttributionScore(int Documents, int Gold, int Predicted, int Nested, FieldScore Cue, FieldScore Source, FieldScore Content)
{
    /// <summary>Nothing scored yet.</summary>
    public static AttributionScore Empty { get; } = new(0, 0, 0, 0, default, default, default);

    /// <summary>The counts of both scores together.</summary>
    public AttributionScore Add(AttributionScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AttributionScore(
            Documents + other.Documents,
            Gold + other.Gold,
            Predicted + other.Predicted,
            Nested + other.Nested,
            Cue.Add(other.Cue),
            Source.Add(other.Source),
            Content.Add(other.Content));
    }

    /// <summary>
    /// The report scripts read, always in this shape (invariant culture, three decimals):
    /// <code>
    /// attribution eval: D documents, G gold, P predicted
    /// cue     exact P=0.000 R=0.000 F1=0.000  overlap P=0.000 R=0.000 F1=0.000
    /// source  exact P=0.000 R=0.000 F1=0.000  overlap P=0.000 R=0.000 F1=0.000
    /// content exact P=0.000 R=0.000 F1=0.000  overlap P=0.000 R=0.000 F1=0.000
    /// nested  N predicted inside gold content, not scored
    /// </code>
    /// </summary>
    public IReadOnlyList<string> ToLines() =>
    [
        string.Create(CultureInfo.InvariantCulture, $"attribution eval: {Documents} documents, {Gold} gold, {Predicted} predicted"),
        FieldLine("cue", Cue),
        FieldLine("source", Source),
        FieldLine("content", Content),
        string.Create(CultureInfo.InvariantCulture, $"{"nested",-8}{Nested} predicted inside gold content, not scored"),
    ];

    private static string FieldLine(string name, FieldScore score)
    {
        var exact = score.Exact;
        var overlap = score.Overlap;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-8}exact P={exact.Precision:F3} R={exact.Recall:F3} F1={exact.F1:F3}  overlap P={overlap.Precision:F3} R={overlap.Recall:F3} F1={overlap.F1:F3}");
    }
}
