namespace Claimtrail.Matching;

/// <summary>
/// Finds the claims nearest to a new mention by embedding cosine, so that only a handful of candidates
/// go to the full <see cref="IClaimMatcher"/> however large the ledger grows.
/// </summary>
public interface IClaimIndex : IDisposable
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Vectors held.</summary>
    long Count { get; }

    /// <summary>Adds <paramref name="vector"/> (unit length) under <paramref name="key"/>, which must be new.</summary>
    void Add(ulong key, float[] vector);

    /// <summary>Up to <paramref name="k"/> nearest vectors to <paramref name="query"/>, most similar first.</summary>
    IReadOnlyList<IndexHit> Search(float[] query, int k);

    /// <summary>Writes the index to <paramref name="path"/>, replacing any file there.</summary>
    void Save(string path);
}
