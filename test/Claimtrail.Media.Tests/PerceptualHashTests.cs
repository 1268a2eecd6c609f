using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Tests;

public sealed class PerceptualHashTests
{
    [Fact]
    public void A_hash_reads_back_from_its_hex_form_and_counts_differing_bits()
    {
        var hash = new PerceptualHash(0x1, 0xff, 0x8000000000000000, 0x0123456789abcdef);
        var text = hash.ToString();

        Assert.Equal(64, text.Length);
        Assert.Equal(hash, PerceptualHash.Parse(text));
        Assert.Equal(0, hash.Distance(hash));
        Assert.Equal(1 + 8 + 1 + 32, hash.Distance(default));
        Assert.False(PerceptualHash.TryParse("xyz", out _));
    }

    [Fact]
    public void A_bk_tree_finds_exactly_what_a_scan_of_every_hash_finds()
    {
        var random = new Random(7);
        var hashes = Enumerable.Range(0, 2000).Select(_ => Random(random)).ToList();
        var tree = new BkTree<int>();
        for (var i = 0; i < hashes.Count; i++)
        {
            tree.Add(hashes[i], i);
        }

        // Queries near stored hashes (a few bits flipped) and far from all of them.
        foreach (var query in hashes.Take(50).Select(h => h with { W0 = h.W0 ^ 0b1011 }).Concat(Enumerable.Range(0, 20).Select(_ => Random(random))))
        {
            foreach (var radius in (int[])[0, 10, 100, 120])
            {
                var expected = hashes.Select((h, i) => (i, h.Distance(query))).Where(p => p.Item2 <= radius).OrderBy(p => p.i).ToList();
                var found = tree.Search(query, radius).OrderBy(p => p.Value).Select(p => (p.Value, p.Distance)).ToList();
                Assert.Equal(expected, found);
            }
        }
    }

    private static PerceptualHash Random(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
}
