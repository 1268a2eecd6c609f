namespace Claimtrail.Fingerprints;

/// <summary>
/// A media item carried by a report that had appeared in the ledger well before that report: possibly recycled.
/// </summary>
/// <param name="Sha256">The report's media file.</param>
/// <param name="Reference">Where the report had it (the path in the export, a URL).</param>
/// <param name="Earlier">The earliest earlier appearance (of this file, or of a file that looks like it).</param>
/// <param name="EarlierSha256">The file that earlier appearance is of: the same file, or a near-duplicate.</param>
/// <param name="Distance">The Hamming distance between the two files' fingerprints (0 for the same file).</param>
/// <param name="Before">How long before the report it had appeared.</param>
public sealed record RecycledFinding(string Sha256, string Reference, MediaSighting Earlier, string EarlierSha256, int Distance, TimeSpan Before);
