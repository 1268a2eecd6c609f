using Claimtrail.Errors;
using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Evaluation;

/// <summary>
/// Scores video matching on a <see cref="VideoTestSet"/> through the whole pipeline the ledger uses: each clip is
/// fingerprinted by <see cref="MediaFingerprinter"/> (ffprobe, ffmpeg keyframes, PDQ hashes), the originals' keyframes are
/// indexed in a <see cref="MediaSearch"/>, and each copy is searched with its keyframes and their mirrors; a copy is
/// matched when its original is among the results (at least half its keyframes within the threshold). The false-match
/// rate is the share of pairs of distinct clips that match each other.
/// </summary>
public static class VideoEvaluator
{
    /// <summary>Fingerprints and scores the video set under <paramref name="folder"/> at <paramref name="threshold"/> bits.</summary>
    public static async Task<VideoEvaluation> EvaluateAsync(string folder, int threshold, Action<string> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var root = Path.Combine(folder, VideoTestSet.Folder);
        var originalsFolder = Path.Combine(root, MediaTestSet.Originals);
        if (!Directory.Exists(originalsFolder))
        {
            throw new InputException(folder, $"no video test set: no {VideoTestSet.Folder}/{MediaTestSet.Originals}/ folder (build one with --videos)");
        }

        var originals = await FingerprintAsync(Directory.EnumerateFiles(originalsFolder, "*.mp4").Order(StringComparer.Ordinal), failed, cancellationToken).ConfigureAwait(false);
        if (originals.Count < 2)
        {
            throw new InputException(folder, "a video test set needs at least two original clips");
        }

        var search = new MediaSearch(threshold);
        foreach (var (name, file) in originals)
        {
            search.Add(file.Record with { Sha256 = name });
        }

        var scores = new List<VideoScore>();
        foreach (var transform in Enum.GetValues<VideoTransform>())
        {
            var paths = originals.Keys.Select(n => Path.Combine(root, MediaTestSet.Copies, VideoTestSet.Name(transform), n + ".mp4")).Where(File.Exists);
            var copies = await FingerprintAsync(paths, failed, cancellationToken).ConfigureAwait(false);
            int matched = 0, wrong = 0, frames = 0, framesMatched = 0;
            foreach (var (name, copy) in copies)
            {
                var found = search.Find(new MediaProbe(copy.Variants));
                var own = found.FirstOrDefault(m => string.Equals(m.Sha256, name, StringComparison.Ordinal));
                matched += own is null ? 0 : 1;
                wrong += found.Count(m => !string.Equals(m.Sha256, name, StringComparison.Ordinal));
                frames += copy.Variants.Count;
                framesMatched += own?.MatchedFrames ?? 0;
            }

            scores.Add(new VideoScore(transform, copies.Count, matched, wrong, frames == 0 ? 0 : (double)framesMatched / frames, copies.Count == 0 ? 0 : (double)frames / copies.Count));
        }

        var matchedPairs = new HashSet<(string, string)>();
        foreach (var (name, file) in originals)
        {
            foreach (var other in search.Find(new MediaProbe(file.Variants)).Where(m => !string.Equals(m.Sha256, name, StringComparison.Ordinal)))
            {
                matchedPairs.Add(string.CompareOrdinal(name, other.Sha256) < 0 ? (name, other.Sha256) : (other.Sha256, name));
            }
        }

        var pairs = (long)originals.Count * (originals.Count - 1) / 2;
        var keyframes = originals.Values.Average(f => f.Variants.Count);
        return new VideoEvaluation(threshold, originals.Count, keyframes, scores, pairs, matchedPairs.Count);
    }

    private static async Task<Dictionary<string, MediaFile>> FingerprintAsync(IEnumerable<string> paths, Action<string> failed, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, MediaFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            try
            {
                result[Path.GetFileNameWithoutExtension(path)] = await MediaFingerprinter.FingerprintAsync(path, path, cancellationToken).ConfigureAwait(false);
            }
            catch (InputException ex)
            {
                failed(ex.Message);
            }
        }

        return result;
    }
}
