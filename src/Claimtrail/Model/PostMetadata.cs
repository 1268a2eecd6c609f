using Claimtrail.Geo;

namespace Claimtrail.Model;

/// <summary>
/// What a post (a Telegram message, a feed entry, a line of a collector's JSONL, a fetched page) says about
/// itself beyond its text: where it lives, who wrote it, what it forwards or answers, and the media it carries.
/// Every field is optional; an article read from a file has none.
/// </summary>
public sealed record PostMetadata
{
    /// <summary>Nothing known.</summary>
    public static PostMetadata None { get; } = new();

    /// <summary>The platform or feed kind: <c>telegram</c>, <c>rss</c>, <c>web</c>, or what a collector says.</summary>
    public string? Platform { get; init; }

    /// <summary>The post's own id on its platform (a message id, a feed entry id).</summary>
    public string? PostId { get; init; }

    /// <summary>The post's public address, when it has one.</summary>
    public string? Url { get; init; }

    /// <summary>Who wrote it (a signature, a byline, an account), as distinct from the channel or outlet that published it.</summary>
    public string? Author { get; init; }

    /// <summary>The channel or account the post was forwarded from: a relay edge from that source to this report.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>The id of the post it answers, on the same platform.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>When it was last edited, when the source says.</summary>
    public DateTimeOffset? Edited { get; init; }

    /// <summary>When it was fetched from the network, for pages and feeds.</summary>
    public DateTimeOffset? Fetched { get; init; }

    /// <summary>The point the post was tagged with.</summary>
    public GeoPoint? Location { get; init; }

    /// <summary>Photos, videos and files attached to it: references to evidence.</summary>
    public IReadOnlyList<MediaItem> Media { get; init; } = [];

    /// <summary>True when no field is set.</summary>
    /// <remarks>Derived, so not serialised: it would otherwise appear in every analysis and ledger line.</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Equals(None) || (Platform is null && PostId is null && Url is null && Author is null && ForwardedFrom is null
        && ReplyTo is null && Edited is null && Fetched is null && Location is null && Media.Count == 0);
}
