namespace Claimtrail.Evaluation;

/// <summary>One gold pair of the claim-matching sets: do <paramref name="A"/> and <paramref name="B"/> state the same thing?</summary>
/// <param name="Id">The record id.</param>
/// <param name="A">The first text.</param>
/// <param name="B">The second text.</param>
/// <param name="Same">The human judgement.</param>
/// <param name="Group">The split unit the pair belongs to (pairs of one group were kept on one side).</param>
public sealed record SentencePair(string Id, string A, string B, bool Same, string? Group);
