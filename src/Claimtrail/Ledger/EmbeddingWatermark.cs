namespace Claimtrail.Ledger;

/// <summary>How far a ledger's embeddings of one model go.</summary>
/// <param name="Sequence">The highest <see cref="StoredClaimEmbedding.Sequence"/> of the model; 0 when it has none.</param>
/// <param name="Count">How many embeddings of the model are stored.</param>
public readonly record struct EmbeddingWatermark(long Sequence, long Count);
