using Claimtrail.Matching;

namespace Claimtrail.Evaluation;

/// <summary>Scores a claim matcher against gold sentence pairs.</summary>
public static class MatchEvaluator
{
    /// <summary>Matches every pair (neither side has a stance in these sets) and scores the decisions and the scores.</summary>
    public static MatchScore Evaluate(IEnumerable<SentencePair> pairs, IClaimMatcher matcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(matcher);
        var results = new List<(double Score, bool Predicted, bool Conflict, bool Gold)>();
        foreach (var pair in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = matcher.Match(new ClaimStatement(pair.A), new ClaimStatement(pair.B), cancellationToken);
            results.Add((result.Score, result.IsMatch, result.StanceConflict, pair.Same));
        }

        return MatchScore.From(results, matcher.Threshold);
    }
}
