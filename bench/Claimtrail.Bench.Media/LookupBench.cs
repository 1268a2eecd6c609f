using System.Diagnostics;
using System.Globalization;
using Claimtrail.Fingerprints;

/// <summary>
/// Near-duplicate lookup among many fingerprints, in one run: a plain linear scan over a list of hashes (the baseline),
/// the BK-tree, and the flat <see cref="HammingIndex{T}"/> that <see cref="MediaSearch"/> uses, each asked the same
/// queries at the default threshold.
/// </summary>
internal static class LookupBench
{
    public static int Run(int count, int queries)
    {
        // Deterministic: random hashes (as unrelated pictures give: 128 ± 8 bits apart), every hundredth followed by
        // a near copy of it (a repost: 1 to 40 bits changed), so that lookups find something.
        var random = new Random(20261130);
        var hashes = new PerceptualHash[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = i % 100 == 1 ? Flip(hashes[i - 1], random.Next(1, 41), random) : Next(random);
        }

        // Half the queries are edited copies of stored hashes (found), half are new pictures (found nowhere).
        var asked = Enumerable.Range(0, queries)
            .Select(q => q % 2 == 0 ? Flip(hashes[random.Next(count)], random.Next(0, 60), random) : Next(random))
            .ToArray();
        var radius = MediaSearch.DefaultThreshold;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup: {count:N0} fingerprints, {queries} queries (half edited copies of stored ones), radius {radius} of {PerceptualHash.Bits} bits, {Environment.ProcessorCount} cores"));

        var list = hashes.Select((h, i) => (Hash: h, Id: i)).ToList();
        var watch = Stopwatch.StartNew();
        var flat = new HammingIndex<int>();
        for (var i = 0; i < count; i++)
        {
            flat.Add(hashes[i], i);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build flat index: {watch.Elapsed.TotalMilliseconds:0} ms"));
        watch.Restart();
        var tree = new BkTree<int>();
        for (var i = 0; i < count; i++)
        {
            tree.Add(hashes[i], i);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build BK-tree: {watch.Elapsed.TotalMilliseconds:0} ms"));

        var linear = Time(asked, q => list.Count(e => e.Hash.Distance(q) <= radius));
        var bk = Time(asked, q => tree.Search(q, radius).Count);
        var scan = Time(asked, q => flat.Search(q, radius).Count);
        if (!linear.Found.SequenceEqual(bk.Found) || !linear.Found.SequenceEqual(scan.Found))
        {
            Console.Error.WriteLine("lookup: the indexes disagree with the linear scan");
            return 1;
        }

        Report("linear scan (list of hashes; baseline)", linear.Median);
        Report("BK-tree", bk.Median);
        Report("flat index (MediaSearch)", scan.Median);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matches per query: {linear.Found.Average():0.00} on average; ratio flat / linear = {scan.Median / linear.Median:0.00}, BK-tree / linear = {bk.Median / linear.Median:0.00}"));
        return 0;
    }

    private static (double Median, int[] Found) Time(PerceptualHash[] queries, Func<PerceptualHash, int> search)
    {
        search(queries[0]);
        var times = new double[queries.Length];
        var found = new int[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            found[i] = search(queries[i]);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[times.Length / 2], found);
    }

    private static void Report(string name, double median) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {median:0.00} ms per lookup"));

    private static PerceptualHash Next(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static PerceptualHash Flip(PerceptualHash hash, int bits, Random random)
    {
        Span<ulong> words = [hash.W0, hash.W1, hash.W2, hash.W3];
        for (var i = 0; i < bits; i++)
        {
            var bit = random.Next(PerceptualHash.Bits);
            words[bit >> 6] ^= 1UL << (bit & 63);
        }

        return new PerceptualHash(words[0], words[1], words[2], words[3]);
    }
}
