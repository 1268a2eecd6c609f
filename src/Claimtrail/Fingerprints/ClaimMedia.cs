
namespace Claimtrail.Fingerprints;

/// <summary>
/// A media file one of a claim's reports carried, as <c>claim --json</c> shows it: what it is, what its metadata says,
/// where the ledger first saw it (or something that looks like it), and whether that makes it possibly recycled.
/// </summary>
/// <param name="ReportId">The report (post) that carried it.</param>
/// <param name="Mentions">The claim's mentions in that report: the media is the evidence the post gives them.</param>
/// <param name="Sha256">The file.</param>
/// <param name="Reference">Where the report had it.</param>
/// <param name="Kind">Image or video.</param>
/// <param name="Metadata">Its embedded metadata.</param>
/// <param name="FirstSeen">Its own earliest appearance in the ledger.</param>
/// <param name="PossiblyRecycled">Set when it, or a file that looks like it, had appeared well before the report: the earlier appearance.</param>
public sealed record ClaimMedia(
    string ReportId,
    IReadOnlyList<string> Mentions,
    string Sha256,
    string Reference,
    MediaKind Kind,
    MediaMetadata Metadata,
    MediaSighting? FirstSeen,
    RecycledFinding? PossiblyRecycled);
