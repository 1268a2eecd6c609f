using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>A fingerprinted file: the record the ledger keeps, and the probe to search with (every dihedral variant of each image or keyframe).</summary>
/// <param name="Record">What the ledger stores.</param>
/// <param name="Variants">Per image or keyframe, its eight dihedral hashes, the picture as it is first.</param>
public sealed record MediaFile(MediaRecord Record, IReadOnlyList<IReadOnlyList<PerceptualHash>> Variants)
{
    /// <summary>The search probe: the picture as it is and mirrored left to right (see <see cref="MediaSearch"/>).</summary>
    public MediaProbe Probe => new([.. Variants.Select(v => (IReadOnlyList<PerceptualHash>)[v[0], v[1]])]);
}
