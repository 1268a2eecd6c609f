using System.Text.Json;
using System.Text.Json.Serialization;
using Claimtrail.Errors;

namespace Claimtrail.Matching;

/// <summary>
/// A logistic regression over <see cref="PairFeatures"/>: standardised features, weights, bias and the
/// operating threshold on the resulting probability. Saved as a small JSON file.
/// </summary>
/// <param name="Features">Feature names in vector order; must equal <see cref="PairFeatures.Names"/>.</param>
/// <param name="Means">Per-feature mean of the training data, subtracted before weighing.</param>
/// <param name="Scales">Per-feature standard deviation of the training data, divided by before weighing.</param>
/// <param name="Weights">Per-feature weight on the standardised value.</param>
/// <param name="Bias">The intercept.</param>
/// <param name="Threshold">The probability at or above which a pair matches.</param>
/// <param name="Provenance">What the model was fitted and tuned on, and by which command.</param>
public sealed record MatchModel(
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Scales,
    IReadOnlyList<double> Weights,
    double Bias,
    double Threshold,
    string Provenance)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The probability that a pair with <paramref name="features"/> states the same proposition.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        if (features.Length != Weights.Count)
        {
            throw new ArgumentException($"expected {Weights.Count} features, got {features.Length}", nameof(features));
        }

        var z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * (features[i] - Means[i]) / Scales[i];
        }

        return 1d / (1d + Math.Exp(-z));
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, this, JsonOptions);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; <paramref name="input"/> names the source in errors.</summary>
    /// <exception cref="InputException">The JSON is malformed or its features are not <see cref="PairFeatures.Names"/>.</exception>
    public static MatchModel Load(Stream stream, string input)
    {
        ArgumentNullException.ThrowIfNull(stream);
        MatchModel? model;
        try
        {
            model = JsonSerializer.Deserialize<MatchModel>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InputException(input, "not a match model: " + ex.Message, innerException: ex);
        }

        if (model is null || model.Features is null || !model.Features.SequenceEqual(PairFeatures.Names, StringComparer.Ordinal))
        {
            throw new InputException(input, "the model's features are not " + string.Join(", ", PairFeatures.Names));
        }

        var n = model.Features.Count;
        if (model.Means?.Count != n || model.Scales?.Count != n || model.Weights?.Count != n || model.Scales.Any(s => s <= 0d))
        {
            throw new InputException(input, "the model's means, scales and weights must give one positive scale per feature");
        }

        return model;
    }
}
