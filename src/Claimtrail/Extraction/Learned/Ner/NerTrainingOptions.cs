namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>How <see cref="NerTrainer"/> trains.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Seed of the order sentences are visited in.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>log2 of the number of hash buckets of the weight table.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>How many times each social-media sentence is visited per epoch: posts are fewer than news sentences, and would otherwise teach their domain's weights little.</summary>
    public int SocialRepeats { get; init; } = 1;

    /// <summary>
    /// Also train the social domain on a lower-cased copy of every news sentence: posts often write names without
    /// capitals ("trump", "martin short"), and this teaches the social weights to find names by word and context.
    /// </summary>
    public bool LowercaseNewsForSocial { get; init; }

    /// <summary>Score the dev data after every epoch, not only the last (slower; for choosing the epochs).</summary>
    public bool ScoreEveryEpoch { get; init; }
}
