using Claimtrail.Matching.Embeddings;

namespace Claimtrail.Matching.Tests.Embeddings;

/// <summary>One loaded model per test class: loading takes about a second.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
