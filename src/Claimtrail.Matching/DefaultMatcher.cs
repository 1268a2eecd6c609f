using Claimtrail.Matching.Embeddings;

namespace Claimtrail.Matching;

/// <summary>The shipped claim matcher: MiniLM embeddings and the fitted model embedded in this assembly.</summary>
public static class DefaultMatcher
{
    private const string ResourceName = "Claimtrail.Matching.Models.match-model.json";

    /// <summary>The match model fitted for MiniLM (the README, "Claim matching", gives the command that made it).</summary>
    public static MatchModel LoadModel()
    {
        using var stream = typeof(DefaultMatcher).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        return MatchModel.Load(stream, ResourceName);
    }

    /// <summary>A matcher over <paramref name="embedder"/> with <paramref name="model"/>, or the shipped model when null.</summary>
    public static HybridClaimMatcher Create(ISentenceEmbedder embedder, MatchModel? model = null) =>
        new(embedder, model ?? LoadModel());
}
