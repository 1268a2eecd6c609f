using Claimtrail.Fingerprints;

namespace Claimtrail.Ledger;

/// <summary>Fingerprinted media files and where each appeared. A role of <see cref="ILedger"/>.</summary>
public interface IMediaLedger
{
    /// <summary>
    /// Stores a fingerprinted media file and one appearance of it, in one transaction. A file whose SHA-256 is already
    /// stored keeps its first record; an appearance already stored (same file, reference and report) changes nothing.
    /// The appearance's report, when it names one, must be stored.
    /// </summary>
    /// <returns>True when the appearance was new.</returns>
    Task<bool> StoreMediaAsync(MediaRecord media, MediaSighting sighting, CancellationToken cancellationToken = default);

    /// <summary>One media file, by lower-case hex SHA-256, with its appearances in the order stored; null when the ledger has no such file.</summary>
    Task<MediaDetail?> GetMediaAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every media file with its appearances, in the order the files were first stored (appearances in the order stored):
    /// what the near-duplicate index is built from, and what an export carries.
    /// </summary>
    IAsyncEnumerable<MediaDetail> ListMediaAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every media file's record without its appearances and without reading its metadata (left empty), in the order the
    /// files were first stored: what a near-duplicate search needs, at a fraction of <see cref="ListMediaAsync"/>'s cost.
    /// </summary>
    IAsyncEnumerable<MediaRecord> ListMediaFingerprintsAsync(CancellationToken cancellationToken = default);
}
