namespace Claimtrail.Evaluation;

/// <summary>One expected link of a relay chain: the relaying source as written and the cue that names it.</summary>
/// <param name="Source">The source's name ("Meduza", "@coastdesk").</param>
/// <param name="Cue">The cue that ties it to the content ("quoted from", "according to", "via").</param>
public sealed record RelayGoldLink(string Source, string Cue);
