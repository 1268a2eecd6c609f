using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Tests;

public sealed class PdqHasherTests
{
    [Fact]
    public void The_dihedral_variants_from_one_transform_equal_the_hashes_of_the_flipped_and_turned_pictures()
    {
        const int n = PdqHasher.GridSize;
        var random = new Random(3);
        var grid = new float[n * n];
        for (var i = 0; i < grid.Length; i++)
        {
            grid[i] = (float)((random.NextDouble() * 40) + (100 * Math.Sin(i % n / 9.0)) + (i / n));
        }

        var variants = PdqHasher.Hash(grid);
        var mirrored = Remap(grid, (x, y) => (n - 1 - x, y));
        var upsideDown = Remap(grid, (x, y) => (x, n - 1 - y));
        var transposed = Remap(grid, (x, y) => (y, x));

        Assert.Equal(8, variants.Distinct().Count());
        Assert.Equal(variants[1], PdqHasher.Hash(mirrored)[0]);
        Assert.Equal(variants[2], PdqHasher.Hash(upsideDown)[0]);
        Assert.Equal(variants[4], PdqHasher.Hash(transposed)[0]);
    }

    [Fact]
    public void A_hash_has_as_many_bits_set_as_clear()
    {
        var grid = Enumerable.Range(0, PdqHasher.GridSize * PdqHasher.GridSize).Select(i => (float)(i % 97 * (i % 13))).ToArray();

        var hash = PdqHasher.Hash(grid)[0];

        Assert.Equal(PerceptualHash.Bits / 2, hash.Distance(default));
    }

    [Fact]
    public void Reducing_a_uniform_picture_of_any_size_keeps_its_value()
    {
        foreach (var (w, h) in ((int, int)[])[(64, 64), (100, 37), (30, 500), (1, 1)])
        {
            var grid = PdqHasher.Reduce(Enumerable.Repeat(42f, w * h).ToArray(), w, h);
            Assert.All(grid, v => Assert.Equal(42f, v, 3));
        }
    }

    private static float[] Remap(float[] grid, Func<int, int, (int X, int Y)> source)
    {
        const int n = PdqHasher.GridSize;
        var result = new float[grid.Length];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var (sx, sy) = source(x, y);
                result[(y * n) + x] = grid[(sy * n) + sx];
            }
        }

        return result;
    }
}
