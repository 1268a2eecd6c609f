using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>Who states a mention's content, as the text names them.</summary>
/// <param name="Name">The name as written, or a description ("military experts").</param>
/// <param name="Kind">What kind of actor this is.</param>
/// <param name="Span">Where the name stands in the text; null when the text names no one.</param>
public sealed record Speaker(string Name, SourceKind Kind, TextSpan? Span = null)
{
    /// <summary>The speaker of a mention whose text names no source.</summary>
    public static Speaker None { get; } = new(string.Empty, SourceKind.Unknown);
}
