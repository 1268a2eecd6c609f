namespace Claimtrail.Matching;

/// <summary>
/// Computes the <see cref="PairFeatures"/> of two texts: each is cleaned and split into units (whole
/// text and sentences); the pair of units with the highest embedding cosine stands for the pair, and
/// the lexical figures are taken on those two units. A short post matched against a long fact-check is
/// thus compared with the sentence that states the claim, not with the whole article.
/// </summary>
public sealed class PairFeatureExtractor
{
    private readonly ISentenceEmbedder _embedder;

    /// <summary>Uses <paramref name="embedder"/> for the semantic feature.</summary>
    public PairFeatureExtractor(ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        _embedder = embedder;
    }

    /// <summary>The feature vector (<see cref="PairFeatures.Names"/>) of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public double[] Extract(string a, string b, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var unitsA = MatchText.Units(MatchText.Clean(a));
        var unitsB = MatchText.Units(MatchText.Clean(b));
        var vectors = _embedder.Embed([.. unitsA, .. unitsB], cancellationToken);
        var best = (Cosine: double.NegativeInfinity, A: 0, B: 0);
        for (var i = 0; i < unitsA.Count; i++)
        {
            for (var j = 0; j < unitsB.Count; j++)
            {
                var cosine = PairFeatures.Cosine(vectors[i], vectors[unitsA.Count + j]);
                if (cosine > best.Cosine)
                {
                    best = (cosine, i, j);
                }
            }
        }

        var lexical = LexicalSimilarity.Between(TextProfile.Of(unitsA[best.A]), TextProfile.Of(unitsB[best.B]));
        return PairFeatures.Vector(best.Cosine, lexical);
    }
}
