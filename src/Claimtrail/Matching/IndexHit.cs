namespace Claimtrail.Matching;

/// <summary>One neighbour found by a <see cref="IClaimIndex"/>.</summary>
/// <param name="Key">The key the vector was added under (a claim's number in the ledger).</param>
/// <param name="Similarity">Cosine similarity to the query.</param>
public readonly record struct IndexHit(ulong Key, float Similarity);
