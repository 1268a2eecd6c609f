using Microsoft.Extensions.Caching.Memory;

namespace Claimtrail.Matching;

/// <summary>
/// Remembers the vector of each text it has embedded: a fact-check compared with many mentions, or a claim compared
/// with each of its candidates, is embedded once. Vectors depend on the text alone, so a remembered one is exactly
/// what the embedder would give again.
/// </summary>
public sealed class CachingSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly ISentenceEmbedder _inner;
    private readonly MemoryCache _cache;

    /// <summary>
    /// Caches the vectors of <paramref name="inner"/>: every one for the embedder's life (an evaluation, a batch) when
    /// <paramref name="capacity"/> is null; else about that many, the least recently used going first (a long-lived
    /// process).
    /// </summary>
    public CachingSentenceEmbedder(ISentenceEmbedder inner, int? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (capacity is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(capacity));
        }

        _inner = inner;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity });
    }

    /// <inheritdoc/>
    public int Dimensions => _inner.Dimensions;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (_cache.TryGetValue(texts[i], out float[]? vector) && vector is not null)
            {
                result[i] = vector;
            }
            else if (!missing.Contains(texts[i], StringComparer.Ordinal))
            {
                missing.Add(texts[i]);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        // The texts just embedded are kept in hand: with a bounded cache, one may be gone again before it is read.
        var vectors = _inner.Embed(missing, cancellationToken);
        var fresh = new Dictionary<string, float[]>(missing.Count, StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
        {
            fresh[missing[i]] = vectors[i];
            _cache.Set(missing[i], vectors[i], new MemoryCacheEntryOptions { Size = 1 });
        }

        for (var i = 0; i < texts.Count; i++)
        {
            result[i] ??= fresh[texts[i]];
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
