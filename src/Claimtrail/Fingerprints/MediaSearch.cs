namespace Claimtrail.Fingerprints;

/// <summary>
/// Near-duplicate search over every fingerprint in a ledger: "where else has this image appeared?". Images are indexed
/// by their hash, their mirror's and their crop windows', videos by their keyframes' hashes, all in one <see cref="HammingIndex{T}"/>
/// (an exact scan; see there why not a metric tree).
/// </summary>
/// <remarks>
/// An image or frame matches a stored hash at most <see cref="Threshold"/> bits away. A video query matches a stored file
/// when at least <see cref="VideoShare"/> of its keyframes do (so a shared opening frame is not enough); an image query
/// matches a stored video when the image is one of its keyframes.
/// </remarks>
public sealed class MediaSearch
{
    /// <summary>
    /// The default threshold in bits of 256, chosen with <c>claimtrail eval media</c> on photographs from Debian packages
    /// (README, "Media"): the lowest that matches at least 0.95 of overlaid copies, with no false match among distinct
    /// photographs (the closest two were 88 bits apart).
    /// </summary>
    public const int DefaultThreshold = 80;

    /// <summary>The share of a video query's keyframes that must match for the video to match.</summary>
    public const double VideoShare = 0.5;

    private readonly HammingIndex<(string Sha256, MediaKind Kind)> _tree = new();

    /// <summary>A search with the given threshold in bits.</summary>
    public MediaSearch(int threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, PerceptualHash.Bits);
        Threshold = threshold;
    }

    /// <summary>The largest Hamming distance that counts as a match.</summary>
    public int Threshold { get; }

    /// <summary>How many hashes are indexed.</summary>
    public int Count => _tree.Count;

    /// <summary>How many stored files are indexed.</summary>
    public int Files { get; private set; }

    /// <summary>
    /// A search over every fingerprint <paramref name="ledger"/> holds. Only the hashes are read; a matching file's
    /// appearances are for the caller to read when it lists it.
    /// </summary>
    public static async Task<MediaSearch> LoadAsync(Ledger.IMediaLedger ledger, int threshold = DefaultThreshold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var search = new MediaSearch(threshold);
        await foreach (var record in ledger.ListMediaFingerprintsAsync(cancellationToken).ConfigureAwait(false))
        {
            search.Add(record);
        }

        return search;
    }

    /// <summary>Indexes a stored file's hashes (and an image's mirror hash).</summary>
    public void Add(MediaRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Files++;
        foreach (var hash in record.Hashes)
        {
            _tree.Add(hash, (record.Sha256, record.Kind));
        }

        if (record.MirrorHash is { } mirror)
        {
            _tree.Add(mirror, (record.Sha256, record.Kind));
        }

        foreach (var crop in record.CropHashes)
        {
            _tree.Add(crop, (record.Sha256, record.Kind));
        }
    }

    /// <summary>The stored files that match <paramref name="probe"/>, closest first (ties by SHA-256, ordinal).</summary>
    public IReadOnlyList<MediaMatch> Find(MediaProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var found = new Dictionary<string, (MediaKind Kind, int Distance, int Frames)>(StringComparer.Ordinal);
        foreach (var variants in probe.Frames)
        {
            // Per query frame, the closest distance to each stored file over all the frame's variants.
            var best = new Dictionary<string, (MediaKind Kind, int Distance)>(StringComparer.Ordinal);
            foreach (var hash in variants)
            {
                foreach (var ((sha, kind), distance) in _tree.Search(hash, Threshold))
                {
                    if (!best.TryGetValue(sha, out var current) || distance < current.Distance)
                    {
                        best[sha] = (kind, distance);
                    }
                }
            }

            foreach (var (sha, (kind, distance)) in best)
            {
                found[sha] = found.TryGetValue(sha, out var so) ? (kind, Math.Min(so.Distance, distance), so.Frames + 1) : (kind, distance, 1);
            }
        }

        var needed = Math.Max(1, (int)Math.Ceiling(probe.Frames.Count * VideoShare));
        return [.. found
            .Where(f => f.Value.Frames >= needed)
            .Select(f => new MediaMatch(f.Key, f.Value.Kind, f.Value.Distance, f.Value.Frames, probe.Frames.Count))
            .OrderBy(m => m.Distance)
            .ThenBy(m => m.Sha256, StringComparer.Ordinal)];
    }
}
