namespace Claimtrail.Matching;

/// <summary>How alike two claim statements are and whether they count as the same claim.</summary>
/// <param name="Score">Similarity in [0, 1]: the model's probability that both state the same proposition.</param>
/// <param name="IsMatch">True when the score reaches the operating threshold and the stances do not oppose.</param>
/// <param name="StanceConflict">True when one side denies what the other asserts; such a pair never matches, whatever its score.</param>
public readonly record struct MatchResult(double Score, bool IsMatch, bool StanceConflict);
