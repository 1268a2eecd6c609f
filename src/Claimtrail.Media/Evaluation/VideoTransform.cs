namespace Claimtrail.Media.Evaluation;

/// <summary>What a copy in a video test set does to its original clip, as reposts of footage do.</summary>
public enum VideoTransform
{
    /// <summary>Re-encoded hard (H.264 at CRF 40): blocky, as a video passed through several apps is.</summary>
    Reencode,

    /// <summary>Half the width and height.</summary>
    Resize50,

    /// <summary>10% of the width and of the height cut away, unevenly (6% left, 4% right, 3% top, 7% bottom).</summary>
    Crop10,

    /// <summary>A dark caption band across the bottom eighth and a red logo block in a corner.</summary>
    Overlay,

    /// <summary>Mirrored left to right.</summary>
    Mirror,

    /// <summary>Colours shifted: more saturated and brighter.</summary>
    Colour,

    /// <summary>An excerpt: the first second cut off, so the copy starts halfway through the first scene.</summary>
    Excerpt,
}
