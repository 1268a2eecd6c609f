namespace Claimtrail.Evaluation;

/// <summary>One case of the relay-chain gold set: a text, the mention it is about, who speaks and through whom.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Construction">The construction the case exercises ("quoted_from", "via", …); figures are also given per construction.</param>
/// <param name="Text">The sentence or short report.</param>
/// <param name="Content">A part of the text inside the content of the mention scored; it selects that mention.</param>
/// <param name="Speaker">The expected speaker: the origin of the content.</param>
/// <param name="Chain">The expected relays, nearest the report first; empty when the speaker is cited directly.</param>
public sealed record RelayGoldCase(string Id, string Construction, string Text, string Content, string Speaker, IReadOnlyList<RelayGoldLink> Chain);
