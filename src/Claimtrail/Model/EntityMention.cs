using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>One occurrence of a named entity in a report.</summary>
/// <param name="Text">The entity as written.</param>
/// <param name="Type">Its type.</param>
/// <param name="Span">Where it stands.</param>
public sealed record EntityMention(string Text, EntityType Type, TextSpan Span);
