using Claimtrail.Errors;
using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Evaluation;

/// <summary>
/// Scores fingerprinting on a <see cref="MediaTestSet"/>: every original is indexed in a <see cref="MediaSearch"/>, as the
/// ledger's search does, and every copy searched with its mirror; a copy is matched when its original is among the
/// results. The false-match rate is the share of pairs of distinct originals that match each other.
/// </summary>
public static class MediaEvaluator
{
    /// <summary>Hashes and scores the test set in <paramref name="folder"/> at <paramref name="threshold"/> bits.</summary>
    public static MediaEvaluation Evaluate(string folder, int threshold, Action<string> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var originalsFolder = Path.Combine(folder, MediaTestSet.Originals);
        if (!Directory.Exists(originalsFolder))
        {
            throw new InputException(folder, $"not a media test set: no {MediaTestSet.Originals}/ folder (build one with --build-from)");
        }

        var originals = Hash(Directory.EnumerateFiles(originalsFolder, "*.jpg").Order(StringComparer.Ordinal), failed);
        if (originals.Count < 2)
        {
            throw new InputException(folder, "a test set needs at least two originals");
        }

        var copies = Enum.GetValues<MediaTransform>().ToDictionary(
            t => t,
            t => Hash(originals.Keys.Select(name => Path.Combine(folder, MediaTestSet.Copies, MediaTestSet.Name(t), name + ".jpg")).Where(File.Exists), failed));

        var search = new MediaSearch(threshold);
        foreach (var (name, image) in originals)
        {
            search.Add(new MediaRecord(name, MediaKind.Image, "image/jpeg", 0) { Hash = image.Hash, MirrorHash = image.Mirror, CropHashes = image.Crops });
        }

        var scores = new List<MediaScore>();
        foreach (var (transform, hashed) in copies)
        {
            int matched = 0, wrong = 0;
            var distances = new List<int>();
            foreach (var (name, copy) in hashed)
            {
                var found = search.Find(Probe(copy));
                matched += found.Any(m => string.Equals(m.Sha256, name, StringComparison.Ordinal)) ? 1 : 0;
                wrong += found.Count(m => !string.Equals(m.Sha256, name, StringComparison.Ordinal));
                distances.Add(Distance(copy, originals[name]));
            }

            distances.Sort();
            scores.Add(new MediaScore(
                transform,
                hashed.Count,
                matched,
                wrong,
                distances.Count == 0 ? 0 : distances.Average(),
                distances.Count == 0 ? 0 : distances[(int)Math.Ceiling(0.95 * distances.Count) - 1],
                distances.Count == 0 ? 0 : distances[^1]));
        }

        // Every unordered pair of distinct originals that match, either searching for the other, through the index.
        var names = originals.Keys.ToList();
        var matchedPairs = new HashSet<(string, string)>();
        foreach (var (name, image) in originals)
        {
            foreach (var other in search.Find(Probe(image)).Where(m => !string.Equals(m.Sha256, name, StringComparison.Ordinal)))
            {
                matchedPairs.Add(string.CompareOrdinal(name, other.Sha256) < 0 ? (name, other.Sha256) : (other.Sha256, name));
            }
        }

        long falseMatches = matchedPairs.Count;

        var pairs = (long)names.Count * (names.Count - 1) / 2;
        var distinct = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                distinct.Add(Math.Min(Distance(originals[names[i]], originals[names[j]]), Distance(originals[names[j]], originals[names[i]])));
            }
        }

        var sweep = new List<(int, IReadOnlyDictionary<MediaTransform, double>, double)>();
        for (var t = Math.Max(0, threshold - 30); t <= Math.Min(PerceptualHash.Bits, threshold + 30); t += 10)
        {
            var limit = t;
            var shares = copies.ToDictionary(
                c => c.Key,
                c => c.Value.Count == 0 ? 0 : (double)c.Value.Count(p => Distance(p.Value, originals[p.Key]) <= limit) / c.Value.Count);
            sweep.Add((t, shares, (double)distinct.Count(d => d <= limit) / pairs));
        }

        return new MediaEvaluation(threshold, originals.Count, scores, pairs, falseMatches, distinct.Min(), sweep);
    }

    // The distance a search for a sees to b: a as it is or mirrored, against b as it is, mirrored, or a crop window of b.
    private static int Distance(ImageFingerprint a, ImageFingerprint b) =>
        b.Crops.Append(b.Hash).Append(b.Mirror).Min(stored => Math.Min(a.Hash.Distance(stored), a.Mirror.Distance(stored)));

    private static MediaProbe Probe(ImageFingerprint image) => new([[image.Hash, image.Mirror]]);

    private static Dictionary<string, ImageFingerprint> Hash(IEnumerable<string> files, Action<string> failed)
    {
        var paths = files.ToList();
        var hashed = new ImageFingerprint?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            try
            {
                hashed[i] = ImageDecoder.Fingerprint(File.ReadAllBytes(paths[i]), paths[i]);
            }
            catch (Exception ex) when (ex is InputException or IOException)
            {
                lock (failed)
                {
                    failed(ex.Message);
                }
            }
        });
        var result = new Dictionary<string, ImageFingerprint>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (hashed[i] is { } image)
            {
                result[Path.GetFileNameWithoutExtension(paths[i])] = image;
            }
        }

        return result;
    }
}
