namespace Claimtrail.Matching;

/// <summary>The features the match model weighs: semantic cosine first, then the lexical figures.</summary>
public static class PairFeatures
{
    /// <summary>Feature names, in vector order; a model names the ones it weighs.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["cosine", "word_jaccard", "word_containment", "shingle_jaccard", "number_agreement", "name_agreement", "length_ratio"];

    /// <summary>The position of the feature <paramref name="name"/> in the vector.</summary>
    /// <exception cref="ArgumentException">No feature has that name.</exception>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"no feature is called '{name}'", nameof(name));
    }

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
