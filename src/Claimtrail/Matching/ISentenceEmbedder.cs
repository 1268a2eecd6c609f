namespace Claimtrail.Matching;

/// <summary>Turns sentences into unit-length vectors whose dot product measures likeness of meaning.</summary>
public interface ISentenceEmbedder
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One unit-length vector per text, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
