using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>One source a mention passed through on its way to the report, with the cue that names it.</summary>
/// <param name="Name">The relaying source as written.</param>
/// <param name="Kind">What kind of actor relayed it.</param>
/// <param name="Cue">The relay cue ("quoted from", "notes", "according to").</param>
/// <param name="Span">Where the relaying source is named.</param>
public sealed record RelayLink(string Name, SourceKind Kind, string Cue, TextSpan? Span = null);
