using System.Globalization;
using System.Text;
using Claimtrail.Model;

namespace Claimtrail.Evaluation;

/// <summary>
/// Counts of a stance and hedge evaluation: accuracy per gold stance, the confusion matrix (gold rows,
/// predicted columns, and a column for cases where no mention was found), and hedge precision and recall.
/// </summary>
public sealed class StanceScore
{
    private static readonly int Kinds = StanceNames.All.Count;
    private readonly int[,] _confusion = new int[Kinds, Kinds + 1];

    /// <summary>Cases scored.</summary>
    public int Cases { get; private set; }

    /// <summary>Cases whose predicted stance is the gold one.</summary>
    public int Correct { get; private set; }

    /// <summary>Gold hedges.</summary>
    public int GoldHedges { get; private set; }

    /// <summary>Predicted hedges.</summary>
    public int PredictedHedges { get; private set; }

    /// <summary>Predicted hedges matched one to one to a gold hedge of the same case.</summary>
    public int MatchedHedges { get; private set; }

    /// <summary>The cases with a wrong stance or a missed or extra hedge, with the mention chosen (null when none).</summary>
    public IList<(StanceGoldCase Case, Mention? Got)> Misses { get; } = [];

    /// <summary>How many cases of gold stance <paramref name="gold"/> were predicted as <paramref name="predicted"/> (null: no mention).</summary>
    public int Count(Stance gold, Stance? predicted) => _confusion[(int)gold, predicted is { } p ? (int)p : Kinds];

    /// <summary>Scores one case against the mention picked for it.</summary>
    public void Add(StanceGoldCase gold, Mention? got)
    {
        ArgumentNullException.ThrowIfNull(gold);
        Cases++;
        _confusion[(int)gold.Stance, got is null ? Kinds : (int)got.Stance]++;
        var right = got is not null && got.Stance == gold.Stance;
        Correct += right ? 1 : 0;
        var predicted = got?.Hedges ?? [];
        var matched = HedgeMatches(gold.Hedges, predicted);
        GoldHedges += gold.Hedges.Count;
        PredictedHedges += predicted.Count;
        MatchedHedges += matched;
        if (!right || matched != gold.Hedges.Count || matched != predicted.Count)
        {
            Misses.Add((gold, got));
        }
    }

    /// <summary>The report: totals, one line per stance, the confusion matrix, hedge figures.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>
        {
            Line($"stance eval: {Cases} cases, {GoldHedges} gold hedges, {PredictedHedges} predicted hedges"),
            Line($"stance accuracy={Ratio(Correct, Cases):F3} ({Correct}/{Cases})"),
        };
        foreach (var stance in StanceNames.All)
        {
            var total = Enumerable.Range(0, Kinds + 1).Sum(c => _confusion[(int)stance, c]);
            var right = _confusion[(int)stance, (int)stance];
            var predicted = Enumerable.Range(0, Kinds).Sum(r => _confusion[r, (int)stance]);
            var pr = PrecisionRecall.From(right, predicted, total);
            lines.Add(Line($"{StanceNames.Name(stance),-12} accuracy={Ratio(right, total):F3} ({right}/{total}) P={pr.Precision:F3} F1={pr.F1:F3}"));
        }

        var header = new StringBuilder("confusion (rows gold, columns predicted)");
        lines.Add(header.ToString());
        lines.Add(string.Concat($"{"",-12}", string.Concat(StanceNames.All.Select(s => $" {Abbreviation(s),6}")), $" {"none",6}"));
        foreach (var stance in StanceNames.All)
        {
            var row = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{StanceNames.Name(stance),-12}"));
            for (var c = 0; c <= Kinds; c++)
            {
                row.Append(CultureInfo.InvariantCulture, $" {_confusion[(int)stance, c],6}");
            }

            lines.Add(row.ToString());
        }

        var hedges = PrecisionRecall.From(MatchedHedges, PredictedHedges, GoldHedges);
        lines.Add(Line($"hedges P={hedges.Precision:F3} R={hedges.Recall:F3} F1={hedges.F1:F3} ({MatchedHedges} matched)"));
        return lines;
    }

    // A predicted hedge matches a gold one when, case aside, one holds the other as whole words
    // ("which they say would show" holds "they say").
    private static int HedgeMatches(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var used = new bool[predicted.Count];
        var count = 0;
        foreach (var hedge in gold)
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && (HoldsWords(predicted[i], hedge) || HoldsWords(hedge, predicted[i])))
                {
                    used[i] = true;
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static bool HoldsWords(string outer, string inner)
    {
        var o = " " + string.Join(' ', outer.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        var i = " " + string.Join(' ', inner.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        return o.Contains(i, StringComparison.Ordinal);
    }

    private static string Abbreviation(Stance stance) => stance switch
    {
        Stance.NoComment => "no_com",
        Stance.Conditional => "condit",
        Stance.Questions => "quest",
        Stance.Deflects => "deflec",
        Stance.Confirms => "confir",
        _ => StanceNames.Name(stance),
    };

    private static double Ratio(int part, int whole) => whole == 0 ? 0d : (double)part / whole;

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
