using Claimtrail.Input;

namespace Claimtrail.Pipeline;

/// <summary>A document with its normalised text and the report id that text gives, before any extraction.</summary>
/// <param name="Document">The document as read.</param>
/// <param name="Text">Its normalised text.</param>
/// <param name="Id">The report id: <c>sha256:</c> of <paramref name="Text"/>.</param>
public sealed record NormalizedDocument(SourceDocument Document, string Text, string Id);
