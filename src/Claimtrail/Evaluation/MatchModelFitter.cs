using System.Globalization;
using Claimtrail.Matching;

namespace Claimtrail.Evaluation;

/// <summary>
/// Makes a <see cref="MatchModel"/>: fits the logistic weights on a training set of pairs, then sets
/// the operating threshold on tuning sets (which contribute nothing else).
/// </summary>
public static class MatchModelFitter
{
    /// <summary>The L2 penalty on standardised weights: enough to keep correlated overlap figures from trading huge weights.</summary>
    public const double DefaultRidge = 1d;

    /// <summary>Fits on <paramref name="train"/>, tunes the threshold on <paramref name="tuning"/>.</summary>
    /// <param name="train">Pairs the weights are fitted on.</param>
    /// <param name="tuning">Sets the threshold is chosen on (<see cref="ThresholdTuner.MaximiseWorstMargin"/>).</param>
    /// <param name="features">Computes the features of a pair.</param>
    /// <param name="use">The features the model weighs; null for all.</param>
    /// <param name="provenance">How the model was made (files, command), stored in the model.</param>
    /// <param name="cancellationToken">Stops the fit.</param>
    /// <returns>The model and each tuning set's F1 at the chosen threshold.</returns>
    public static (MatchModel Model, IReadOnlyList<double> TuningF1) Fit(
        IReadOnlyList<SentencePair> train,
        IReadOnlyList<TuningSet> tuning,
        PairFeatureExtractor features,
        IReadOnlyList<string>? use,
        string provenance,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(features);
        var rows = train.Select(p => features.Extract(p.A, p.B, cancellationToken)).ToList();
        var model = LogisticRegression.Fit(rows, [.. train.Select(p => p.Same)], DefaultRidge, provenance, use);
        if (tuning.Count == 0)
        {
            return (model, []);
        }

        var scored = tuning
            .Select(set => ((IReadOnlyList<(double, bool)>)[.. set.Pairs.Select(p => (model.Probability(features.Extract(p.A, p.B, cancellationToken)), p.Same))], set.TargetF1))
            .ToArray();
        var (threshold, f1) = ThresholdTuner.MaximiseWorstMargin(scored);
        var tuned = string.Join("; ", tuning.Select((set, i) => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(Path.GetDirectoryName(set.Name))}/{Path.GetFileName(set.Name)} F1={f1[i]:0.000} (target {set.TargetF1:0.00})")));
        return (model with { Threshold = threshold, Provenance = provenance + " Threshold tuned: " + tuned + "." }, f1);
    }
}
