using System.Text.Json;
using System.Text.Json.Serialization;
using Claimtrail.Errors;

namespace Claimtrail.Matching;

/// <summary>
/// A logistic regression over some of the <see cref="PairFeatures"/>: standardised features, weights,
/// bias and the operating threshold on the resulting probability. Saved as a small JSON file.
/// </summary>
/// <param name="Features">The names of the features it weighs, each one of <see cref="PairFeatures.Names"/>.</param>
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
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private int[]? _indices;

    // Where each of the model's features sits in the full PairFeatures vector.
    private int[] Indices => _indices ??= [.. Features.Select(name => PairFeatures.IndexOf(name))];

    /// <summary>
    /// The probability that a pair states the same proposition, from its full feature vector
    /// <paramref name="features"/> (<see cref="PairFeatures.Names"/> order); the model reads the ones it weighs.
    /// </summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        if (features.Length != PairFeatures.Names.Count)
        {
            throw new ArgumentException($"expected {PairFeatures.Names.Count} features, got {features.Length}", nameof(features));
        }

        var z = Bias;
        var indices = Indices;
        for (var i = 0; i < indices.Length; i++)
        {
            z += Weights[i] * (features[indices[i]] - Means[i]) / Scales[i];
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
    /// <exception cref="InputException">The JSON is malformed or names a feature this build does not compute.</exception>
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

        if (model?.Features is null || model.Features.Count == 0
            || model.Features.Any(f => !PairFeatures.Names.Contains(f, StringComparer.Ordinal))
            || model.Features.Distinct(StringComparer.Ordinal).Count() != model.Features.Count)
        {
            throw new InputException(input, "the model's features must be distinct names among " + string.Join(", ", PairFeatures.Names));
        }

        var n = model.Features.Count;
        if (model.Means?.Count != n || model.Scales?.Count != n || model.Weights?.Count != n || model.Scales.Any(s => s <= 0d))
        {
            throw new InputException(input, "the model's means, scales and weights must give one positive scale per feature");
        }

        return model;
    }
}
