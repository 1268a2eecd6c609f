namespace Claimtrail.Extraction.Learned.Training;

/// <summary>How to train an attribution model.</summary>
/// <param name="Seed">Seeds the shuffling of training examples; the same seed and data give the same model bytes.</param>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Members">Models trained with seeds Seed, Seed + 7919, … and averaged into one.</param>
/// <param name="CueBits">log2 of the cue tagger's hash buckets.</param>
/// <param name="RoleBits">log2 of the source/content tagger's hash buckets.</param>
/// <param name="CueBias">
/// Decoding bias towards starting a cue; null chooses it from <see cref="CueBiasGrid"/> by the sum of the
/// three overlap F1 figures on the development data (one scalar tuned on dev, as the data's rules allow).
/// </param>
/// <param name="PruneBelow">
/// Weights smaller than this are dropped from the model. On PolNeAR the averaged weights have a
/// median magnitude of about 1.4 and a token's score sums 30–45 of them: dropping those below 1 takes
/// the file from 4.5 to 2.8 MB and moves the dev figures by less than 0.002. Tiny corpora want less.
/// </param>
public sealed record TrainingOptions(int Seed = 1, int Epochs = 8, int Members = 1, int CueBits = 19, int RoleBits = 20, float? CueBias = null, float PruneBelow = 1f)
{
    /// <summary>The biases tried when <see cref="CueBias"/> is null.</summary>
    public static IReadOnlyList<float> CueBiasGrid { get; } = [0f, 10f, 20f, 30f, 40f, 50f, 60f, 80f];
}
