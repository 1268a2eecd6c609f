namespace Claimtrail.Model;

/// <summary>
/// A media item attached to a post (a photo, a video, a document): a reference to evidence the post carries,
/// kept so its file can be fingerprinted and traced later.
/// </summary>
/// <param name="Kind">What it is, in the source's words lower-cased: <c>photo</c>, <c>video</c>, <c>audio</c>, <c>document</c>, <c>sticker</c>…</param>
/// <param name="Reference">Where it is: a URL, or a path relative to the export; null when the export left the file out.</param>
public sealed record MediaItem(string Kind, string? Reference)
{
    /// <summary>The MIME type, when the source says.</summary>
    public string? MimeType { get; init; }

    /// <summary>The size in bytes, when the source says.</summary>
    public long? Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file, when the source gives it.</summary>
    public string? Sha256 { get; init; }
}
