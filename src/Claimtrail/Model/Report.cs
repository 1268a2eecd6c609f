namespace Claimtrail.Model;

/// <summary>One analysed document or post.</summary>
public sealed record Report
{
    /// <summary>Content identity: <c>sha256:</c> and the hex digest of the normalised text.</summary>
    public required string Id { get; init; }

    /// <summary>Where it came from: a path or URL.</summary>
    public required string Source { get; init; }

    /// <summary>Title, when the input has one.</summary>
    public string? Title { get; init; }

    /// <summary>ISO 639-1 language code of the text.</summary>
    public required string Language { get; init; }

    /// <summary>The normalised text every span points into.</summary>
    public required string Text { get; init; }

    /// <summary>When it was published, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Who published it, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// What the post said about itself (platform, URL, author, forward, reply, edit time, location, media); absent
    /// from the JSON for an article file. Added to <c>claimtrail.analysis/1</c> as an optional field.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PostMetadata? Post { get; init; }

    /// <summary>Why parts of the analysis were not done ("language not supported for extraction"); empty when all ran.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The attributions found in it.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Distinct named entities with counts.</summary>
    public IReadOnlyList<EntitySummary> Entities { get; init; } = [];
}
