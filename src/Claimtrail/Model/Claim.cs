namespace Claimtrail.Model;

/// <summary>A proposition and the mentions that state it.</summary>
/// <param name="Id">Stable id derived from the claim's normalised text.</param>
/// <param name="Text">The proposition as first stated.</param>
/// <param name="Mentions">Ids of the mentions stating it.</param>
/// <param name="Status">The desk's verdict.</param>
public sealed record Claim(string Id, string Text, IReadOnlyList<string> Mentions, ClaimStatus Status = ClaimStatus.Unverified)
{
    /// <summary>
    /// The claim's sentence embedding, when the claim matcher computed one: a ledger that stores the claim as new
    /// stores it in the same transaction, so a claim is never left without the vector that lets later reports find it.
    /// Not part of the JSON contract.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Ledger.ClaimEmbedding? Embedding { get; init; }
}
