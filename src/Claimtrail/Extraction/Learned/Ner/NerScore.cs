using System.Globalization;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// Entity-level scores by the conlleval rules: a predicted entity counts when its type and both boundaries equal a
/// gold entity's; precision, recall and F1 per type and micro-averaged over all.
/// </summary>
public sealed class NerScore
{
    private readonly SortedDictionary<string, (int Gold, int Predicted, int Correct)> _byType = new(StringComparer.Ordinal);

    /// <summary>Counts one sentence's gold and predicted tags (same length).</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold tags but {predicted.Count} predicted", nameof(predicted));
        }

        var goldSpans = NerLabels.Spans(gold);
        var predictedSpans = NerLabels.Spans(predicted);
        var goldSet = goldSpans.ToHashSet();
        foreach (var (_, _, type) in goldSpans)
        {
            Bump(type, gold: 1);
        }

        foreach (var span in predictedSpans)
        {
            Bump(span.Type, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
        }
    }

    /// <summary>Gold entities, predicted entities and correct ones, of one type or (null) of all.</summary>
    public (int Gold, int Predicted, int Correct) Counts(string? type = null) =>
        type is null
            ? _byType.Values.Aggregate((0, 0, 0), (a, v) => (a.Item1 + v.Gold, a.Item2 + v.Predicted, a.Item3 + v.Correct))
            : _byType.GetValueOrDefault(type);

    /// <summary>Micro-averaged F1 over all types.</summary>
    public double F1 => Figures(Counts()).F1;

    /// <summary>
    /// One line per type that occurs in gold or predictions (<c>PER  P=0.912 R=0.901 F1=0.906  gold=… predicted=…</c>), then
    /// <c>overall P=… R=… F1=…</c> last.
    /// </summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        foreach (var (type, counts) in _byType)
        {
            var (p, r, f) = Figures(counts);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{type,-5} P={p:0.000} R={r:0.000} F1={f:0.000}  gold={counts.Gold} predicted={counts.Predicted} correct={counts.Correct}"));
        }

        var (op, or, of) = Figures(Counts());
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"overall P={op:0.000} R={or:0.000} F1={of:0.000}"));
        return lines;
    }

    private static (double P, double R, double F1) Figures((int Gold, int Predicted, int Correct) c)
    {
        var p = c.Predicted == 0 ? 0 : (double)c.Correct / c.Predicted;
        var r = c.Gold == 0 ? 0 : (double)c.Correct / c.Gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f);
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var c = _byType.GetValueOrDefault(type);
        _byType[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }
}
