using Claimtrail.Model;

namespace Claimtrail.Input;

/// <summary>A document as read from its source, before normalisation.</summary>
/// <param name="Source">The path or URL it was read from.</param>
/// <param name="Text">Its prose text (markup already removed).</param>
/// <param name="Format">The format it was read as.</param>
public sealed record SourceDocument(string Source, string Text, DocumentFormat Format)
{
    /// <summary>The title, when the input has one.</summary>
    public string? Title { get; init; }

    /// <summary>When it was published, when the input says.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Who published it, when the input says.</summary>
    public string? Publisher { get; init; }

    /// <summary>What a post says about itself (author, URL, forward, reply, media); empty for an article file.</summary>
    public PostMetadata Post { get; init; } = PostMetadata.None;
}
