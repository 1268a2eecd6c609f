namespace Claimtrail.Fingerprints;

/// <summary>One keyframe of a video: where it is and its perceptual hash.</summary>
/// <param name="At">Seconds from the start of the video.</param>
/// <param name="Hash">The frame's perceptual hash.</param>
public sealed record MediaFrame(double At, PerceptualHash Hash);
