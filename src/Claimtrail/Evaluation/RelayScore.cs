using System.Globalization;
using Claimtrail.Model;

namespace Claimtrail.Evaluation;

/// <summary>Counts of a relay-chain evaluation, and its fixed-shape report.</summary>
public sealed class RelayScore
{
    private readonly SortedDictionary<string, (int Cases, int Exact)> _constructions = new(StringComparer.Ordinal);

    /// <summary>Cases scored.</summary>
    public int Cases { get; private set; }

    /// <summary>Cases with a mention overlapping the gold content.</summary>
    public int Found { get; private set; }

    /// <summary>Cases whose predicted chain equals the gold chain link for link (source and cue, in order).</summary>
    public int ExactChains { get; private set; }

    /// <summary>Cases whose predicted speaker names the gold speaker.</summary>
    public int Speakers { get; private set; }

    /// <summary>Cases right in both speaker and whole chain.</summary>
    public int ExactCases { get; private set; }

    /// <summary>Gold links.</summary>
    public int GoldLinks { get; private set; }

    /// <summary>Predicted links.</summary>
    public int PredictedLinks { get; private set; }

    /// <summary>Predicted links matched one to one to a gold link of the same case by source and cue.</summary>
    public int MatchedLinks { get; private set; }

    /// <summary>Predicted links matched by source alone (the cue may differ).</summary>
    public int MatchedSources { get; private set; }

    /// <summary>The cases scored wrong, with the mention chosen (null when none).</summary>
    public IList<(RelayGoldCase Case, Mention? Got)> Misses { get; } = [];

    /// <summary>Scores one case against the mention picked for it.</summary>
    public void Add(RelayGoldCase gold, Mention? got)
    {
        ArgumentNullException.ThrowIfNull(gold);
        Cases++;
        var chain = got?.Relay ?? [];
        Found += got is null ? 0 : 1;
        var speaker = got is not null && SourceNameMatch.Matches(gold.Speaker, got.Speaker.Name);
        Speakers += speaker ? 1 : 0;
        var exact = chain.Count == gold.Chain.Count && chain.Zip(gold.Chain).All(p => LinkMatches(p.Second, p.First));
        ExactChains += exact ? 1 : 0;
        ExactCases += exact && speaker ? 1 : 0;
        GoldLinks += gold.Chain.Count;
        PredictedLinks += chain.Count;
        MatchedLinks += CountMatches(gold.Chain, chain, LinkMatches);
        MatchedSources += CountMatches(gold.Chain, chain, (g, p) => SourceNameMatch.Matches(g.Source, p.Name));
        _constructions[gold.Construction] = _constructions.TryGetValue(gold.Construction, out var seen)
            ? (seen.Cases + 1, seen.Exact + (exact && speaker ? 1 : 0))
            : (1, exact && speaker ? 1 : 0);
        if (!(exact && speaker))
        {
            Misses.Add((gold, got));
        }
    }

    /// <summary>The report, one stable line per figure, then one line per construction.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var links = PrecisionRecall.From(MatchedLinks, PredictedLinks, GoldLinks);
        var sources = PrecisionRecall.From(MatchedSources, PredictedLinks, GoldLinks);
        var lines = new List<string>
        {
            Line($"relay eval: {Cases} cases, {GoldLinks} gold links, {PredictedLinks} predicted links, mention found for {Found}"),
            Line($"case     accuracy={Ratio(ExactCases, Cases):F3} ({ExactCases}/{Cases}) speaker and whole chain right"),
            Line($"chain    accuracy={Ratio(ExactChains, Cases):F3} ({ExactChains}/{Cases}) every link's source and cue, in order"),
            Line($"speaker  accuracy={Ratio(Speakers, Cases):F3} ({Speakers}/{Cases})"),
            Line($"links    P={links.Precision:F3} R={links.Recall:F3} F1={links.F1:F3} source and cue"),
            Line($"sources  P={sources.Precision:F3} R={sources.Recall:F3} F1={sources.F1:F3} source only"),
        };
        foreach (var (construction, (cases, exact)) in _constructions)
        {
            lines.Add(Line($"construction {construction,-20} accuracy={Ratio(exact, cases):F3} ({exact}/{cases})"));
        }

        return lines;
    }

    private static bool LinkMatches(RelayGoldLink gold, RelayLink predicted) =>
        SourceNameMatch.Matches(gold.Source, predicted.Name) && SourceNameMatch.SameCue(gold.Cue, predicted.Cue);

    private static int CountMatches(IReadOnlyList<RelayGoldLink> gold, IReadOnlyList<RelayLink> predicted, Func<RelayGoldLink, RelayLink, bool> matches)
    {
        var used = new bool[predicted.Count];
        var count = 0;
        foreach (var link in gold)
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && matches(link, predicted[i]))
                {
                    used[i] = true;
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0d : (double)part / whole;

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
