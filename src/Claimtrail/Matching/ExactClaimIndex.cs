using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Claimtrail.Matching;

/// <summary>
/// Exact nearest neighbours by scanning every vector: the reference an approximate index is measured
/// against, and enough on its own for a ledger of a few thousand claims.
/// </summary>
public sealed class ExactClaimIndex : IClaimIndex
{
    private static readonly byte[] Magic = "CTXI0001"u8.ToArray();
    private readonly List<ulong> _keys = [];
    private readonly HashSet<ulong> _keySet = [];
    private float[] _vectors;

    /// <summary>An empty index of <paramref name="dimensions"/>-long vectors.</summary>
    public ExactClaimIndex(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        _vectors = new float[dimensions * 1024];
    }

    /// <inheritdoc/>
    public int Dimensions { get; }

    /// <inheritdoc/>
    public long Count => _keys.Count;

    /// <inheritdoc/>
    public void Add(ulong key, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"expected {Dimensions} dimensions, got {vector.Length}", nameof(vector));
        }

        if (!_keySet.Add(key))
        {
            throw new ArgumentException($"key {key} is already in the index", nameof(key));
        }

        var offset = _keys.Count * Dimensions;
        if (offset + Dimensions > _vectors.Length)
        {
            Array.Resize(ref _vectors, _vectors.Length * 2);
        }

        vector.CopyTo(_vectors, offset);
        _keys.Add(key);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexHit> Search(float[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        // A min-heap of the best k so far: its root is the one to beat.
        var best = new PriorityQueue<int, float>(k + 1);
        var vectors = _vectors.AsSpan();
        for (var i = 0; i < _keys.Count; i++)
        {
            var similarity = VectorMath.Dot(query, vectors.Slice(i * Dimensions, Dimensions));
            if (best.Count < k)
            {
                best.Enqueue(i, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.EnqueueDequeue(i, similarity);
            }
        }

        var hits = new IndexHit[best.Count];
        for (var slot = hits.Length - 1; best.TryDequeue(out var index, out var similarity); slot--)
        {
            hits[slot] = new IndexHit(_keys[index], similarity);
        }

        return hits;
    }

    /// <inheritdoc/>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        stream.Write(Magic);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(header, Dimensions);
        BinaryPrimitives.WriteInt64LittleEndian(header[4..], _keys.Count);
        stream.Write(header);
        stream.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_keys)));
        stream.Write(MemoryMarshal.AsBytes(_vectors.AsSpan(0, _keys.Count * Dimensions)));
    }

    /// <summary>Reads an index written by <see cref="Save"/>.</summary>
    /// <exception cref="Errors.InputException">The file is not such an index.</exception>
    public static ExactClaimIndex Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (!header[..8].SequenceEqual(Magic))
        {
            throw new Errors.InputException(path, "not a Claimtrail exact index");
        }

        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var count = checked((int)BinaryPrimitives.ReadInt64LittleEndian(header[12..]));
        var index = new ExactClaimIndex(dimensions);
        var keys = new ulong[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var vector = new float[dimensions];
        foreach (var key in keys)
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
            index.Add(key, vector);
        }

        return index;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // Managed memory only; IDisposable comes with the interface, for indexes that hold native memory.
    }
}
