using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>What ffmpeg read from a video: its size, duration and hashed keyframes.</summary>
/// <param name="Width">Width in pixels of the video stream.</param>
/// <param name="Height">Height in pixels of the video stream.</param>
/// <param name="Duration">Duration in seconds, when the container states it.</param>
/// <param name="Frames">The keyframes, each with its eight dihedral hashes (see <see cref="PdqHasher.Hash"/>).</param>
public sealed record VideoFingerprint(int Width, int Height, double? Duration, IReadOnlyList<(double At, IReadOnlyList<PerceptualHash> Variants)> Frames)
{
    /// <summary>The hashes of every keyframe's nine crop windows, keyframe after keyframe, as an image keeps its own: so a cropped copy finds the video.</summary>
    public IReadOnlyList<PerceptualHash> Crops { get; init; } = [];
}
