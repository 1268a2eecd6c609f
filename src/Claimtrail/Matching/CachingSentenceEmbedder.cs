using System.Collections.Concurrent;

namespace Claimtrail.Matching;

/// <summary>
/// Remembers the vector of every text it has embedded: a fact-check compared with many mentions is
/// embedded once. Unbounded, so meant for one evaluation or batch, not for a long-lived service.
/// </summary>
public sealed class CachingSentenceEmbedder : ISentenceEmbedder
{
    private readonly ISentenceEmbedder _inner;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    /// <summary>Caches the vectors of <paramref name="inner"/>.</summary>
    public CachingSentenceEmbedder(ISentenceEmbedder inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc/>
    public int Dimensions => _inner.Dimensions;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = _inner.Embed(missing, cancellationToken);
            for (var i = 0; i < missing.Length; i++)
            {
                _cache[missing[i]] = vectors[i];
            }
        }

        return [.. texts.Select(t => _cache[t])];
    }
}
