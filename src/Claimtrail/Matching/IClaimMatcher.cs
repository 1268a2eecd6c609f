namespace Claimtrail.Matching;

/// <summary>Decides whether two mentions state the same proposition, whatever their wording.</summary>
public interface IClaimMatcher
{
    /// <summary>The score at or above which a pair matches.</summary>
    double Threshold { get; }

    /// <summary>Scores <paramref name="a"/> against <paramref name="b"/> and decides at <see cref="Threshold"/>.</summary>
    /// <remarks>A pair whose stances oppose (one denies what the other asserts) never matches.</remarks>
    MatchResult Match(ClaimStatement a, ClaimStatement b, CancellationToken cancellationToken = default);
}
