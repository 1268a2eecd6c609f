namespace Claimtrail.Matching;

/// <summary>
/// Matches claims by a logistic model (<see cref="MatchModel"/>) over the features of
/// <see cref="PairFeatureExtractor"/>: the embedding cosine of the two texts and their lexical likeness
/// (word and shingle overlap, numbers and names in common). Then <see cref="StanceRule"/> applies: a
/// claim and its denial never match.
/// </summary>
public sealed class HybridClaimMatcher : IClaimMatcher
{
    private readonly PairFeatureExtractor _features;
    private readonly MatchModel _model;

    /// <summary>Matches with <paramref name="embedder"/>'s vectors, weighed by <paramref name="model"/>.</summary>
    public HybridClaimMatcher(ISentenceEmbedder embedder, MatchModel model)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(model);
        _features = new PairFeatureExtractor(embedder);
        _model = model;
    }

    /// <inheritdoc/>
    public double Threshold => _model.Threshold;

    /// <inheritdoc/>
    public MatchResult Match(ClaimStatement a, ClaimStatement b, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var features = _features.Extract(a.Text, b.Text, cancellationToken);
        var score = _model.Probability(features);
        var conflict = StanceRule.Opposes(a.Stance, b.Stance);
        return new MatchResult(score, !conflict && score >= _model.Threshold, conflict);
    }
}
