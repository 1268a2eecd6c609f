namespace Claimtrail.Matching;

/// <summary>
/// A MinHash sketch of a set of shingles: the share of equal slots in two signatures estimates the
/// sets' Jaccard index, from a fixed-size value that can be stored with a claim and banded for
/// locality-sensitive look-up without keeping the shingles.
/// </summary>
public sealed class MinHashSignature
{
    private readonly ulong[] _slots;

    private MinHashSignature(ulong[] slots) => _slots = slots;

    /// <summary>The number of hash functions.</summary>
    public int Length => _slots.Length;

    /// <summary>The sketch of <paramref name="shingles"/> with <paramref name="length"/> hash functions.</summary>
    public static MinHashSignature Of(IEnumerable<string> shingles, int length = 128)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var slots = new ulong[length];
        Array.Fill(slots, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            var hash = Fnv1a(shingle);
            for (var i = 0; i < slots.Length; i++)
            {
                // One base hash remixed per slot: independent enough for estimation, far cheaper than k string hashes.
                var value = Mix(hash ^ ((ulong)(i + 1) * 0x9E3779B97F4A7C15UL));
                if (value < slots[i])
                {
                    slots[i] = value;
                }
            }
        }

        return new MinHashSignature(slots);
    }

    /// <summary>The estimated Jaccard index of the two sketched sets; 0 when either set was empty.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Length != Length)
        {
            throw new ArgumentException("signatures of different lengths cannot be compared", nameof(other));
        }

        var equal = 0;
        for (var i = 0; i < _slots.Length; i++)
        {
            // An empty set leaves every slot at the maximum; two empty sets share nothing.
            if (_slots[i] == other._slots[i] && _slots[i] != ulong.MaxValue)
            {
                equal++;
            }
        }

        return (double)equal / _slots.Length;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64 finaliser.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
