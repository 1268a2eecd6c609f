namespace Claimtrail.Fingerprints;

/// <summary>
/// What a search looks for: one entry per image or video keyframe, each with the hashes of its variants (the image
/// as it is first, then mirrored or rotated), any of which may match.
/// </summary>
/// <param name="Frames">Per image or keyframe, its variants' hashes; the first is the picture as it is.</param>
public sealed record MediaProbe(IReadOnlyList<IReadOnlyList<PerceptualHash>> Frames)
{
    /// <summary>A probe of a stored record: its hashes as they are, and an image's mirror.</summary>
    public static MediaProbe Of(MediaRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Hash is { } hash)
        {
            return new MediaProbe([record.MirrorHash is { } mirror ? [hash, mirror] : [hash]]);
        }

        return new MediaProbe([.. record.Frames.Select(f => (IReadOnlyList<PerceptualHash>)[f.Hash])]);
    }
}
