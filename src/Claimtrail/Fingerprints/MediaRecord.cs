namespace Claimtrail.Fingerprints;

/// <summary>
/// A fingerprinted media file: its identity (SHA-256 of its bytes), what it is, its perceptual fingerprints and
/// its metadata. The ledger keeps one per distinct file, as first fingerprinted.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes: its identity.</param>
/// <param name="Kind">Image or video.</param>
/// <param name="MimeType">The MIME type its content shows (<c>image/jpeg</c>, <c>video/mp4</c>).</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record MediaRecord(string Sha256, MediaKind Kind, string MimeType, long Size)
{
    /// <summary>Width in pixels, when decoded.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels, when decoded.</summary>
    public int? Height { get; init; }

    /// <summary>A video's duration in seconds.</summary>
    public double? Duration { get; init; }

    /// <summary>An image's perceptual hash; null for a video, which is fingerprinted by <see cref="Frames"/>.</summary>
    public PerceptualHash? Hash { get; init; }

    /// <summary>The hash of the image mirrored left to right, so a flipped repost is found too; null for a video.</summary>
    public PerceptualHash? MirrorHash { get; init; }

    /// <summary>
    /// Crop hashes: windows of 90% of an image's width and height (of each keyframe's, for a video, keyframe after keyframe)
    /// at offsets of 0, 5% and 10% each way, indexed so that a later copy cropped from it is found; searched against, never
    /// searched with.
    /// </summary>
    public IReadOnlyList<PerceptualHash> CropHashes { get; init; } = [];

    /// <summary>A video's keyframes (scene changes, and at least one every few seconds), each hashed; empty for an image.</summary>
    public IReadOnlyList<MediaFrame> Frames { get; init; } = [];

    /// <summary>What its embedded metadata says.</summary>
    public MediaMetadata Metadata { get; init; } = MediaMetadata.None;

    /// <summary>The hashes the file is searched by: an image's hash, or a video's keyframes' hashes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<PerceptualHash> Hashes => Hash is { } hash ? [hash] : Frames.Select(f => f.Hash);
}
