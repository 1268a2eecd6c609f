namespace Claimtrail.Fingerprints;

/// <summary>What a fingerprinted media file is.</summary>
public enum MediaKind
{
    /// <summary>A still image (JPEG, PNG, GIF, WebP, BMP).</summary>
    Image,

    /// <summary>A video (MP4, QuickTime, Matroska/WebM, AVI…), fingerprinted by its keyframes.</summary>
    Video,
}
