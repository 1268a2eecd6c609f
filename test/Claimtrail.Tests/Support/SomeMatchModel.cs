using Claimtrail.Matching;

namespace Claimtrail.Tests.Support;

/// <summary>Hand-set match models for tests: the score follows the cosine alone.</summary>
public static class SomeMatchModel
{
    /// <summary>Probability sigmoid(8 · (cosine − 0.5)), threshold 0.5: a match needs cosine ≥ 0.5.</summary>
    public static MatchModel CosineOnly() =>
        new(["cosine"], [0d], [1d], [8d], -4d,
            0.5,
            "hand-set for tests");
}
