namespace Claimtrail.Evaluation;

/// <summary>One-to-one matching of gold and predicted token sets, greedy by token Jaccard.</summary>
internal static class SpanMatcher
{
    /// <summary>A matched pair and whether the two token sets are identical.</summary>
    public readonly record struct Pair(int Gold, int Predicted, bool Exact);

    /// <summary>
    /// Considers every gold/predicted pair sharing at least one token, takes the pair with the highest
    /// Jaccard index (shared / union) first, ties broken by text position (gold first token, then
    /// predicted first token, then list order), and skips pairs whose gold or prediction is already taken.
    /// Empty sets never match.
    /// </summary>
    public static List<Pair> Match(IReadOnlyList<int[]> gold, IReadOnlyList<int[]> predicted)
    {
        var candidates = new List<Candidate>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (gold[g].Length == 0)
            {
                continue;
            }

            for (var p = 0; p < predicted.Count; p++)
            {
                var shared = SpanTokens.Shared(gold[g], predicted[p]);
                if (shared > 0)
                {
                    candidates.Add(new Candidate(g, p, shared, gold[g].Length + predicted[p].Length - shared, gold[g][0], predicted[p][0]));
                }
            }
        }

        candidates.Sort(Compare);
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var pairs = new List<Pair>();
        foreach (var candidate in candidates)
        {
            if (goldTaken[candidate.Gold] || predictedTaken[candidate.Predicted])
            {
                continue;
            }

            goldTaken[candidate.Gold] = true;
            predictedTaken[candidate.Predicted] = true;
            pairs.Add(new Pair(candidate.Gold, candidate.Predicted, candidate.Shared == candidate.Union));
        }

        return pairs;
    }

    private static int Compare(Candidate x, Candidate y)
    {
        // Higher Jaccard first, compared exactly as fractions: x.Shared / x.Union against y.Shared / y.Union.
        var byJaccard = ((long)y.Shared * x.Union).CompareTo((long)x.Shared * y.Union);
        if (byJaccard != 0)
        {
            return byJaccard;
        }

        var byPosition = x.GoldFirst.CompareTo(y.GoldFirst);
        if (byPosition != 0)
        {
            return byPosition;
        }

        byPosition = x.PredictedFirst.CompareTo(y.PredictedFirst);
        if (byPosition != 0)
        {
            return byPosition;
        }

        var byOrder = x.Gold.CompareTo(y.Gold);
        return byOrder != 0 ? byOrder : x.Predicted.CompareTo(y.Predicted);
    }

    private readonly record struct Candidate(int Gold, int Predicted, int Shared, int Union, int GoldFirst, int PredictedFirst);
}
