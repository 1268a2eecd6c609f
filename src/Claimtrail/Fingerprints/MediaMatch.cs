namespace Claimtrail.Fingerprints;

/// <summary>A stored media file that looks like the one searched for.</summary>
/// <param name="Sha256">The stored file.</param>
/// <param name="Kind">What the stored file is.</param>
/// <param name="Distance">The smallest Hamming distance between a hash of the query (or a mirror of it) and one of the stored file's (0 to 256).</param>
/// <param name="MatchedFrames">How many of the query's images or keyframes found a hash of the stored file within the threshold.</param>
/// <param name="QueryFrames">How many images or keyframes the query had (1 for an image).</param>
public sealed record MediaMatch(string Sha256, MediaKind Kind, int Distance, int MatchedFrames, int QueryFrames);
