using Cloud.Unum.USearch;

namespace Claimtrail.Matching.Index;

/// <summary>
/// An approximate nearest-neighbour index (HNSW, from USearch) over unit-length claim embeddings by
/// cosine. Query time grows roughly with the logarithm of the ledger's size instead of linearly.
/// </summary>
public sealed class UsearchClaimIndex : IClaimIndex
{
    private readonly USearchIndex _index;

    private UsearchClaimIndex(USearchIndex index, int dimensions)
    {
        _index = index;
        Dimensions = dimensions;
    }

    /// <inheritdoc/>
    public int Dimensions { get; }

    /// <inheritdoc/>
    public long Count => checked((long)_index.Size());

    /// <summary>
    /// An empty index. <paramref name="connectivity"/> is the graph degree; <paramref name="expansionAdd"/>
    /// and <paramref name="expansionSearch"/> the candidate-list sizes while adding and searching: larger
    /// means better recall and slower calls.
    /// </summary>
    public static UsearchClaimIndex Create(int dimensions, int connectivity = 16, int expansionAdd = 128, int expansionSearch = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var index = new USearchIndex(MetricKind.Cos, ScalarKind.Float32, (ulong)dimensions, (ulong)connectivity, (ulong)expansionAdd, (ulong)expansionSearch, false);
        return new UsearchClaimIndex(index, dimensions);
    }

    /// <summary>
    /// Opens an index written by <see cref="Save"/>; with <paramref name="view"/> the file is memory-mapped
    /// read-only instead of loaded, so a large index opens at once and shares pages between processes.
    /// </summary>
    public static UsearchClaimIndex Load(string path, bool view = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new Errors.InputException(path, "no such index file");
        }

        USearchIndex index;
        try
        {
            index = new USearchIndex(path, view);
        }
        catch (USearchException ex)
        {
            throw new Errors.InputException(path, "not a USearch index: " + ex.Message, innerException: ex);
        }

        return new UsearchClaimIndex(index, checked((int)index.Dimensions()));
    }

    /// <summary>
    /// The candidate-list size of searches. Raising it trades time per query for recall; it can change at
    /// any time without rebuilding the graph.
    /// </summary>
    public int ExpansionSearch
    {
        get => UsearchNative.ExpansionSearch(_index);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            UsearchNative.ChangeExpansionSearch(_index, value);
        }
    }

    /// <summary>Makes room for <paramref name="capacity"/> vectors at once, so adding them does not regrow the graph.</summary>
    public void Reserve(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        UsearchNative.Reserve(_index, capacity);
    }

    /// <inheritdoc/>
    public void Add(ulong key, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"expected {Dimensions} dimensions, got {vector.Length}", nameof(vector));
        }

        if (_index.Contains(key))
        {
            throw new ArgumentException($"key {key} is already in the index", nameof(key));
        }

        _index.Add(key, vector);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexHit> Search(float[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var found = _index.Search(query, k, out var keys, out var distances);
        var hits = new IndexHit[found];
        for (var i = 0; i < found; i++)
        {
            // USearch's cosine metric is a distance: 1 − cosine.
            hits[i] = new IndexHit(keys[i], 1f - distances[i]);
        }

        return hits;
    }

    /// <inheritdoc/>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _index.Save(path);
    }

    /// <inheritdoc/>
    public void Dispose() => _index.Dispose();
}
