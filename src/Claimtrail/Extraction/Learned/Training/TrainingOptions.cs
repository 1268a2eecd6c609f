namespace Claimtrail.Extraction.Learned.Training;

/// <summary>How to train an attribution model.</summary>
/// <param name="Seed">Seeds the shuffling of training examples; the same seed and data give the same model bytes.</param>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="CueBits">log2 of the cue tagger's hash buckets.</param>
/// <param name="RoleBits">log2 of the source/content tagger's hash buckets.</param>
public sealed record TrainingOptions(int Seed = 1, int Epochs = 8, int CueBits = 19, int RoleBits = 20);
