using System.Globalization;
using Claimtrail.Evaluation;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// Figures of a check-worthiness evaluation. On CheckThat!-format data (records with a transcript), the
/// official measure: mean over transcripts of the average precision of the transcript's sentences ranked by
/// score (ties broken by position), with P@5 and P@10; transcripts without a positive are left out of the
/// mean. On every file, precision, recall and F1 of calling a sentence check-worthy at the model's threshold.
/// </summary>
public sealed class CheckWorthyScore
{
    /// <summary>Records scored.</summary>
    public int Records { get; init; }

    /// <summary>Records labelled check-worthy.</summary>
    public int Positives { get; init; }

    /// <summary>The threshold used for P, R and F1.</summary>
    public double Threshold { get; init; }

    /// <summary>Precision, recall and F1 at the threshold.</summary>
    public PrecisionRecall AtThreshold { get; init; }

    /// <summary>True positives at the threshold.</summary>
    public int TruePositives { get; init; }

    /// <summary>Predicted positives at the threshold.</summary>
    public int Predicted { get; init; }

    /// <summary>Transcripts ranked (with at least one positive); 0 on data without transcripts.</summary>
    public int Documents { get; init; }

    /// <summary>Mean average precision over the ranked transcripts.</summary>
    public double MeanAveragePrecision { get; init; }

    /// <summary>Mean precision of the 5 top-ranked sentences of each transcript.</summary>
    public double PrecisionAt5 { get; init; }

    /// <summary>Mean precision of the 10 top-ranked sentences of each transcript.</summary>
    public double PrecisionAt10 { get; init; }

    /// <summary>Scores <paramref name="records"/> with <paramref name="scores"/> (same order) at <paramref name="threshold"/>.</summary>
    public static CheckWorthyScore Of(IReadOnlyList<CheckWorthyRecord> records, IReadOnlyList<double> scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(scores);
        int positives = 0, predicted = 0, truePositives = 0;
        for (var i = 0; i < records.Count; i++)
        {
            positives += records[i].Label ? 1 : 0;
            var call = scores[i] >= threshold;
            predicted += call ? 1 : 0;
            truePositives += call && records[i].Label ? 1 : 0;
        }

        var ranked = Enumerable.Range(0, records.Count).Where(i => records[i].IsRanked).GroupBy(i => records[i].Document!, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(i => scores[i]).ThenBy(i => records[i].Position).Select(i => records[i].Label).ToList())
            .Where(labels => labels.Contains(true))
            .ToList();
        return new CheckWorthyScore
        {
            Records = records.Count,
            Positives = positives,
            Threshold = threshold,
            AtThreshold = PrecisionRecall.From(truePositives, predicted, positives),
            TruePositives = truePositives,
            Predicted = predicted,
            Documents = ranked.Count,
            MeanAveragePrecision = ranked.Count == 0 ? 0 : ranked.Average(AveragePrecision),
            PrecisionAt5 = ranked.Count == 0 ? 0 : ranked.Average(l => PrecisionAt(l, 5)),
            PrecisionAt10 = ranked.Count == 0 ? 0 : ranked.Average(l => PrecisionAt(l, 10)),
        };
    }

    /// <summary>Average precision of a ranking: the mean, over the positives, of the precision at each one's rank.</summary>
    public static double AveragePrecision(IReadOnlyList<bool> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        int hits = 0;
        var sum = 0d;
        for (var k = 0; k < ranking.Count; k++)
        {
            if (ranking[k])
            {
                hits++;
                sum += (double)hits / (k + 1);
            }
        }

        return hits == 0 ? 0 : sum / hits;
    }

    private static double PrecisionAt(IReadOnlyList<bool> ranking, int k) => (double)ranking.Take(k).Count(x => x) / k;

    /// <summary>The report: counts, ranking figures when there are transcripts, then the threshold figures.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>
        {
            Line($"checkworthy eval: {Records} sentences, {Positives} check-worthy, {Documents} ranked transcripts"),
        };
        if (Documents > 0)
        {
            lines.Add(Line($"ranking  MAP={MeanAveragePrecision:F3} P@5={PrecisionAt5:F3} P@10={PrecisionAt10:F3} (per transcript, mean over {Documents})"));
        }

        lines.Add(Line($"checkworthy P={AtThreshold.Precision:F3} R={AtThreshold.Recall:F3} F1={AtThreshold.F1:F3} at threshold {Threshold:F3} ({TruePositives} of {Predicted} predicted)"));
        return lines;
    }

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
