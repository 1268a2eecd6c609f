using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>Material a mention cites in support ("several videos", "photos of the ministry").</summary>
/// <param name="Kind">Photo, video, document or unspecified.</param>
/// <param name="Text">The phrase that names it.</param>
/// <param name="Span">Where the phrase stands.</param>
public sealed record EvidenceRef(EvidenceKind Kind, string Text, TextSpan Span);
