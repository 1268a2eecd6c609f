using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>A decoded image's size as displayed and its eight dihedral hashes (see <see cref="PdqHasher.Hash"/>).</summary>
/// <param name="Width">Width in pixels, after the file's orientation is applied.</param>
/// <param name="Height">Height in pixels, after the file's orientation is applied.</param>
/// <param name="Variants">The hashes of the picture as it is (first), mirrored, flipped and turned.</param>
public sealed record ImageFingerprint(int Width, int Height, IReadOnlyList<PerceptualHash> Variants)
{
    /// <summary>The hash of the picture as it is.</summary>
    public PerceptualHash Hash => Variants[0];

    /// <summary>The hashes of nine windows of 90% × 90% of the picture (offsets 0, 5% and 10% each way), so a cropped copy is found.</summary>
    public IReadOnlyList<PerceptualHash> Crops { get; init; } = [];

    /// <summary>The hash of the picture mirrored left to right.</summary>
    public PerceptualHash Mirror => Variants[1];
}
