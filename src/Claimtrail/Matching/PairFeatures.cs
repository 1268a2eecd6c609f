namespace Claimtrail.Matching;

/// <summary>The features the match model weighs: semantic cosine first, then the lexical figures.</summary>
public static class PairFeatures
{
    /// <summary>Feature names, in vector order; a saved model records them so a mismatched file is refused.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["cosine", "word_jaccard", "word_containment", "shingle_jaccard", "number_agreement", "name_agreement", "length_ratio"];

    /// <summary>The feature vector of a pair with embedding cosine <paramref name="cosine"/> and lexical figures <paramref name="lexical"/>.</summary>
    public static double[] Vector(double cosine, LexicalSimilarity lexical) =>
    [
        cosine,
        lexical.WordJaccard,
        lexical.WordContainment,
        lexical.ShingleJaccard,
        lexical.NumberAgreement,
        lexical.NameAgreement,
        lexical.LengthRatio,
    ];

    /// <summary>Cosine of two unit-length vectors (their dot product), clamped to [-1, 1].</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("vectors of different lengths", nameof(b));
        }

        return Math.Clamp(VectorMath.Dot(a, b), -1d, 1d);
    }
}
