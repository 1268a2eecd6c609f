namespace Claimtrail.Ledger;

/// <summary>A claim's sentence embedding, kept in the ledger so every process builds the same nearest-neighbour index from it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Model">The embedding model's name and version; vectors of different models are never compared.</param>
/// <param name="Vector">The unit-length vector.</param>
public sealed record ClaimEmbedding(string ClaimId, string Model, float[] Vector)
{
    /// <summary>Throws <see cref="LedgerException"/> when a claim carries an embedding of another claim or a broken one.</summary>
    public static void ValidateCarried(IReadOnlyList<Model.Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (var claim in claims)
        {
            if (claim.Embedding is { } embedding && !string.Equals(embedding.ClaimId, claim.Id, StringComparison.Ordinal))
            {
                throw new LedgerException($"claim {claim.Id} carries the embedding of claim {embedding.ClaimId}");
            }
        }

        Validate([.. claims.Where(c => c.Embedding is not null).Select(c => c.Embedding!)]);
    }

    /// <summary>Throws <see cref="LedgerException"/> naming the first embedding without a claim id or model, or with an empty or non-finite vector.</summary>
    public static void Validate(IReadOnlyList<ClaimEmbedding> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        foreach (var embedding in embeddings)
        {
            if (string.IsNullOrEmpty(embedding.ClaimId) || string.IsNullOrEmpty(embedding.Model))
            {
                throw new LedgerException("a claim embedding needs a claim id and a model");
            }

            if (embedding.Vector is null || embedding.Vector.Length == 0 || !embedding.Vector.All(float.IsFinite))
            {
                throw new LedgerException($"the embedding of claim {embedding.ClaimId} ({embedding.Model}) is empty or not finite");
            }
        }
    }
}
