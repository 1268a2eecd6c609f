using System.Text;
using System.Text.Json;
using Claimtrail.Ledger;

namespace Claimtrail.Matching.Index;

/// <summary>
/// The approximate-nearest-neighbour index of a ledger's claim embeddings, kept in files beside the ledger so every
/// process (ingest, watch, workers, the desk) sees the same matches without rebuilding it. The ledger is the truth:
/// the index records the highest embedding sequence it holds (its watermark), adds what the ledger has beyond it,
/// and is rebuilt whole when it cannot be trusted (another model, a ledger replaced by an import, files that
/// disagree).
/// </summary>
public sealed class LedgerClaimIndex : IDisposable
{
    /// <summary>Graph degree: the 1M-claim benchmark (bench/README.md) reaches its recall with it.</summary>
    public const int Connectivity = 16;

    /// <summary>Candidate list while adding.</summary>
    public const int ExpansionAdd = 128;

    /// <summary>Candidate list while searching; chosen from the benchmark's recall against time.</summary>
    public const int ExpansionSearch = 256;

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    private readonly IndexFiles _files;
    private readonly string _model;
    private readonly int _dimensions;
    private readonly Dictionary<ulong, string> _keys = [];
    private readonly HashSet<string> _claims = new(StringComparer.Ordinal);
    private UsearchClaimIndex _index;
    private long _watermark;
    private bool _dirty;

    private LedgerClaimIndex(IndexFiles files, string model, int dimensions, UsearchClaimIndex index)
    {
        _files = files;
        _model = model;
        _dimensions = dimensions;
        _index = index;
    }

    /// <summary>Vectors held.</summary>
    public long Count => _keys.Count;

    /// <summary>The highest embedding sequence held.</summary>
    public long Watermark => _watermark;

    /// <summary>True when the files were missing, stale beyond repair or unreadable, and the index was built anew.</summary>
    public bool Rebuilt { get; private set; }

    /// <summary>
    /// Opens the index in <paramref name="files"/> (creating it when absent) and brings it up to the ledger's
    /// embeddings of <paramref name="model"/>.
    /// </summary>
    public static async Task<LedgerClaimIndex> OpenAsync(ILedger ledger, IndexFiles files, string model, int dimensions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var index = Load(files, model, dimensions) ?? new LedgerClaimIndex(files, model, dimensions, Empty(dimensions)) { Rebuilt = true };
        await index.SyncAsync(ledger, cancellationToken).ConfigureAwait(false);
        return index;
    }

    /// <summary>True when the index holds an embedding of <paramref name="claimId"/>.</summary>
    public bool Contains(string claimId) => _claims.Contains(claimId);

    /// <summary>
    /// Adds the embeddings the ledger stored beyond the watermark (by this process or any other); rebuilds when
    /// the ledger has fewer than the index (it was replaced). Returns how many were added.
    /// </summary>
    public async Task<int> SyncAsync(ILedger ledger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var mark = await ledger.GetEmbeddingWatermarkAsync(_model, cancellationToken).ConfigureAwait(false);
        if (mark.Sequence < _watermark || (mark.Sequence == _watermark && mark.Count != Count))
        {
            Reset();
        }

        if (mark.Sequence == _watermark)
        {
            return 0;
        }

        var added = 0;
        await foreach (var stored in ledger.ReadClaimEmbeddingsAsync(_model, _watermark, cancellationToken).ConfigureAwait(false))
        {
            if (stored.Embedding.Vector.Length != _dimensions)
            {
                throw new LedgerException($"embedding {stored.Sequence} of claim {stored.Embedding.ClaimId} has {stored.Embedding.Vector.Length} dimensions, the index {_dimensions}");
            }

            _index.Add((ulong)stored.Sequence, stored.Embedding.Vector);
            _keys[(ulong)stored.Sequence] = stored.Embedding.ClaimId;
            _claims.Add(stored.Embedding.ClaimId);
            _watermark = stored.Sequence;
            added++;
        }

        _dirty |= added > 0;
        return added;
    }

    /// <summary>The claims nearest to <paramref name="vector"/>, most similar first, with their cosine.</summary>
    public IReadOnlyList<(string ClaimId, float Cosine)> Search(float[] vector, int k)
    {
        if (Count == 0)
        {
            return [];
        }

        return [.. _index.Search(vector, k).Where(h => _keys.ContainsKey(h.Key)).Select(h => (_keys[h.Key], h.Similarity))];
    }

    /// <summary>
    /// Writes the files when anything changed since they were read: each to a temporary name then renamed over the
    /// old, the header last, under the lock.
    /// </summary>
    public void Save()
    {
        if (!_dirty)
        {
            return;
        }

        using (AcquireLock(_files))
        {
            var graph = _files.Graph + ".partial";
            _index.Save(graph);
            File.Move(graph, _files.Graph, overwrite: true);

            var keys = _files.Keys + ".partial";
            using (var writer = new BinaryWriter(File.Create(keys), Encoding.UTF8))
            {
                writer.Write(_keys.Count);
                foreach (var (key, claim) in _keys)
                {
                    writer.Write(key);
                    writer.Write(claim);
                }
            }

            File.Move(keys, _files.Keys, overwrite: true);
            var header = _files.Header + ".partial";
            File.WriteAllText(header, JsonSerializer.Serialize(new IndexHeader(IndexHeader.CurrentSchema, _model, _dimensions, _watermark, Count)));
            File.Move(header, _files.Header, overwrite: true);
        }

        _dirty = false;
    }

    /// <inheritdoc/>
    public void Dispose() => _index.Dispose();

    private static UsearchClaimIndex Empty(int dimensions)
    {
        var index = UsearchClaimIndex.Create(dimensions, Connectivity, ExpansionAdd, ExpansionSearch);
        return index;
    }

    // Null when the files are absent, of another model or shape, or disagree with each other: then the caller builds anew.
    private static LedgerClaimIndex? Load(IndexFiles files, string model, int dimensions)
    {
        if (!File.Exists(files.Header))
        {
            return null;
        }

        using (AcquireLock(files))
        {
            UsearchClaimIndex? graph = null;
            try
            {
                var header = JsonSerializer.Deserialize<IndexHeader>(File.ReadAllText(files.Header));
                if (header is null || header.Schema != IndexHeader.CurrentSchema || header.Model != model || header.Dimensions != dimensions)
                {
                    return null;
                }

                graph = UsearchClaimIndex.Load(files.Graph);
                var index = new LedgerClaimIndex(files, model, dimensions, graph) { _watermark = header.Watermark };
                using var reader = new BinaryReader(File.OpenRead(files.Keys), Encoding.UTF8);
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    var key = reader.ReadUInt64();
                    var claim = reader.ReadString();
                    index._keys[key] = claim;
                    index._claims.Add(claim);
                }

                if (count != header.Count || graph.Count != header.Count || graph.Dimensions != dimensions)
                {
                    index.Dispose();
                    return null;
                }

                graph.ExpansionSearch = ExpansionSearch;
                return index;
            }
            catch (Exception ex) when (ex is IOException or JsonException or EndOfStreamException or Errors.InputException or UnauthorizedAccessException)
            {
                // Unreadable or half-written files are rebuilt from the ledger, which holds every vector.
                graph?.Dispose();
                return null;
            }
        }
    }

    private static FileStream AcquireLock(IndexFiles files)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(files.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                // Another process is reading or replacing the files; they are small next to the wait.
                Thread.Sleep(50);
            }
        }
    }

    private void Reset()
    {
        _index.Dispose();
        _index = Empty(_dimensions);
        _keys.Clear();
        _claims.Clear();
        _watermark = 0;
        _dirty = true;
        Rebuilt = true;
    }
}
