namespace Claimtrail.Model;

/// <summary>A proposition and the mentions that state it.</summary>
/// <param name="Id">Stable id derived from the claim's normalised text.</param>
/// <param name="Text">The proposition as first stated.</param>
/// <param name="Mentions">Ids of the mentions stating it.</param>
/// <param name="Status">The desk's verdict.</param>
public sealed record Claim(string Id, string Text, IReadOnlyList<string> Mentions, ClaimStatus Status = ClaimStatus.Unverified);
