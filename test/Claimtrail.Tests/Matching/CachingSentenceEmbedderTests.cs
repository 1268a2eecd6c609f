using Claimtrail.Matching;

namespace Claimtrail.Tests.Matching;

public sealed class CachingSentenceEmbedderTests
{
    [Fact]
    public void Each_text_is_embedded_once_and_every_vector_is_the_one_the_embedder_gives()
    {
        var inner = new LengthEmbedder();
        using var cached = new CachingSentenceEmbedder(inner);

        var first = cached.Embed(["a", "bb", "a"]);
        var second = cached.Embed(["bb", "ccc", "a"]);

        Assert.Equal([1f, 2f, 1f], first.Select(v => v[0]));
        Assert.Equal([2f, 3f, 1f], second.Select(v => v[0]));
        Assert.Equal([["a", "bb"], ["ccc"]], inner.Calls);
    }

    [Fact]
    public void A_bounded_cache_still_gives_every_vector_and_forgets_beyond_its_capacity()
    {
        var inner = new LengthEmbedder();
        using var cached = new CachingSentenceEmbedder(inner, capacity: 2);

        var texts = Enumerable.Range(1, 50).Select(n => new string('x', n)).ToArray();
        var vectors = cached.Embed(texts);
        var again = cached.Embed(texts);

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (float)n), vectors.Select(v => v[0]));
        Assert.Equal(Enumerable.Range(1, 50).Select(n => (float)n), again.Select(v => v[0]));

        // At most two of the fifty were remembered, so the second call embedded at least the other 48 again.
        Assert.Equal(2, inner.Calls.Count);
        Assert.InRange(inner.Calls[1].Count, 48, 50);
    }

    // A vector of one number, the text's length; records each call's texts.
    private sealed class LengthEmbedder : ISentenceEmbedder
    {
        public List<List<string>> Calls { get; } = [];

        public int Dimensions => 1;

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Calls.Add([.. texts]);
            return [.. texts.Select(t => new[] { (float)t.Length })];
        }
    }
}
