namespace Claimtrail.Ledger;

/// <summary>Claim embeddings kept in the ledger, from which any process builds, or brings up to date, the similarity index beside it. A role of <see cref="ILedger"/>.</summary>
public interface IClaimEmbeddings
{
    /// <summary>
    /// Stores claim embeddings; one already stored for the same claim and model is left as it is. Returns how many
    /// were added. Throws <see cref="LedgerException"/> for a claim that is not stored or a vector that is empty
    /// or not finite; then nothing is stored.
    /// </summary>
    Task<int> AddClaimEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings, CancellationToken cancellationToken = default);

    /// <summary>
    /// The embeddings of <paramref name="model"/> stored after <paramref name="afterSequence"/>, in sequence order;
    /// every model's when <paramref name="model"/> is null.
    /// </summary>
    IAsyncEnumerable<StoredClaimEmbedding> ReadClaimEmbeddingsAsync(string? model, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>The highest sequence and the count of <paramref name="model"/>'s embeddings.</summary>
    Task<EmbeddingWatermark> GetEmbeddingWatermarkAsync(string model, CancellationToken cancellationToken = default);
}
