namespace Claimtrail.Ledger;

/// <summary>A claim embedding as the ledger holds it, with its place in the order embeddings were stored.</summary>
/// <param name="Sequence">
/// Increases with every embedding stored. An index built from the ledger records the highest it holds (its
/// watermark), so it knows which embeddings it lacks.
/// </param>
/// <param name="Embedding">The claim, model and vector.</param>
public sealed record StoredClaimEmbedding(long Sequence, ClaimEmbedding Embedding);
