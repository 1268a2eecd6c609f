namespace Claimtrail.Media.Evaluation;

/// <summary>The changes a recycled photo goes through, applied to each original of a test set.</summary>
public enum MediaTransform
{
    /// <summary>Scaled to half its width and height.</summary>
    Resize50,

    /// <summary>Re-encoded as JPEG at quality 40.</summary>
    Jpeg40,

    /// <summary>10% of the width and of the height cut away, unevenly (6% left, 4% right, 3% top, 7% bottom).</summary>
    Crop10,

    /// <summary>A caption band across the bottom eighth and a channel logo in a corner, as reposts add.</summary>
    Overlay,

    /// <summary>Mirrored left to right.</summary>
    Mirror,

    /// <summary>Turned 2° clockwise and enlarged just enough to leave no empty corners.</summary>
    Rotate2,

    /// <summary>Colours shifted: more saturated, warmer, brighter.</summary>
    Colour,
}
