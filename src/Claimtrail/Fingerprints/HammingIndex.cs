namespace Claimtrail.Fingerprints;

/// <summary>
/// Every stored perceptual hash in one flat array, searched by an exact scan that a large index splits across the cores:
/// the lookup behind <see cref="MediaSearch"/>.
/// </summary>
/// <remarks>
/// A metric tree (a BK-tree, a vantage-point tree) prunes by the triangle inequality, which needs the radius to be small
/// against the distances between unrelated hashes. Here it is not: unrelated 256-bit hashes lie 128 ± 8 bits apart and
/// the match radius is 80, so the window a BK-tree node keeps (its distance ± 80) holds nearly all its children and the
/// tree visits most of itself through pointers and dictionaries. Four XORs and population counts over contiguous memory
/// do the same work at memory speed (<c>bench/Claimtrail.Bench.Media lookup</c> measures both).
/// </remarks>
/// <typeparam name="T">What each hash stands for.</typeparam>
public sealed class HammingIndex<T>
{
    // Below this many hashes one thread scans faster than the cost of handing out work.
    private const int ParallelFrom = 1 << 16;

    private ulong[] _words = new ulong[64];
    private T[] _values = new T[16];

    /// <summary>How many hashes it holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a hash with its value; equal hashes are all kept.</summary>
    public void Add(PerceptualHash hash, T value)
    {
        if (Count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
            Array.Resize(ref _words, _words.Length * 2);
        }

        var at = Count * 4;
        _words[at] = hash.W0;
        _words[at + 1] = hash.W1;
        _words[at + 2] = hash.W2;
        _words[at + 3] = hash.W3;
        _values[Count] = value;
        Count++;
    }

    /// <summary>Every stored value whose hash is at most <paramref name="radius"/> bits from <paramref name="hash"/>, with that distance, in the order added.</summary>
    public IReadOnlyList<(T Value, int Distance)> Search(PerceptualHash hash, int radius)
    {
        var count = Count;
        if (count < ParallelFrom)
        {
            var found = new List<(T, int)>();
            Scan(hash, radius, 0, count, found);
            return found;
        }

        var parts = Math.Min(Environment.ProcessorCount, 8);
        var results = new List<(T, int)>[parts];
        Parallel.For(0, parts, part =>
        {
            var list = new List<(T, int)>();
            Scan(hash, radius, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts), list);
            results[part] = list;
        });
        return [.. results.SelectMany(r => r)];
    }

    private void Scan(PerceptualHash hash, int radius, int from, int to, List<(T, int)> found)
    {
        var words = _words.AsSpan(from * 4, (to - from) * 4);
        for (var i = 0; i < to - from; i++)
        {
            var w = words.Slice(i * 4, 4);
            var distance = System.Numerics.BitOperations.PopCount(w[0] ^ hash.W0) + System.Numerics.BitOperations.PopCount(w[1] ^ hash.W1)
                + System.Numerics.BitOperations.PopCount(w[2] ^ hash.W2) + System.Numerics.BitOperations.PopCount(w[3] ^ hash.W3);
            if (distance <= radius)
            {
                found.Add((_values[from + i], distance));
            }
        }
    }
}
