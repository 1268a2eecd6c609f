using Claimtrail.Matching.Index;

namespace Claimtrail.Matching.Tests.Index;

public sealed class ClaimIndexTests
{
    private const int Dimensions = 32;

    // Clustered unit vectors: 20 centres, points scattered around them, as claim embeddings cluster by topic.
    private static float[][] Clustered(int count, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 20).Select(_ => Unit(random, null, 0f)).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => Unit(random, centres[i % centres.Length], 0.3f))];
    }

    private static float[] Unit(Random random, float[]? centre, float spread)
    {
        var vector = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var noise = (float)(random.NextDouble() * 2 - 1);
            vector[d] = centre is null ? noise : centre[d] + (spread * noise);
        }

        VectorMath.Normalize(vector);
        return vector;
    }

    public static TheoryData<string> Kinds => ["usearch", "exact"];

    private static IClaimIndex Create(string kind) =>
        kind == "usearch" ? UsearchClaimIndex.Create(Dimensions) : new ExactClaimIndex(Dimensions);

    private static IClaimIndex Load(string kind, string path) =>
        kind == "usearch" ? UsearchClaimIndex.Load(path) : ExactClaimIndex.Load(path);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_stored_vector_is_its_own_nearest_neighbour(string kind)
    {
        var vectors = Clustered(2_000, seed: 1);
        using var index = Create(kind);
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add((ulong)i + 100, vectors[i]);
        }

        var hits = index.Search(vectors[1234], 5);

        Assert.Equal(2_000, index.Count);
        Assert.Equal(5, hits.Count);
        Assert.Equal(1334UL, hits[0].Key);
        Assert.Equal(1f, hits[0].Similarity, 3);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity), "most similar first");
    }

    [Fact]
    public void The_approximate_index_finds_most_of_the_exact_top_10()
    {
        var vectors = Clustered(3_000, seed: 2);
        var queries = Clustered(50, seed: 3);
        using var approximate = UsearchClaimIndex.Create(Dimensions);
        using var exact = new ExactClaimIndex(Dimensions);
        for (var i = 0; i < vectors.Length; i++)
        {
            approximate.Add((ulong)i, vectors[i]);
            exact.Add((ulong)i, vectors[i]);
        }

        var found = queries.Sum(q => approximate.Search(q, 10).Select(h => h.Key).Intersect(exact.Search(q, 10).Select(h => h.Key)).Count());

        Assert.True(found / (50d * 10) >= 0.9, $"recall@10 {found / 500d}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_saved_index_loads_back_with_the_same_answers(string kind)
    {
        var vectors = Clustered(500, seed: 4);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".index");
        try
        {
            IReadOnlyList<IndexHit> before;
            using (var index = Create(kind))
            {
                for (var i = 0; i < vectors.Length; i++)
                {
                    index.Add((ulong)i, vectors[i]);
                }

                before = index.Search(vectors[7], 10);
                index.Save(path);
            }

            using var loaded = Load(kind, path);

            Assert.Equal(500, loaded.Count);
            Assert.Equal(before.Select(h => h.Key), loaded.Search(vectors[7], 10).Select(h => h.Key));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_key_added_twice_is_refused(string kind)
    {
        using var index = Create(kind);
        var vector = Clustered(1, seed: 5)[0];
        index.Add(1, vector);

        Assert.Throws<ArgumentException>(() => index.Add(1, vector));
    }

    [Fact]
    public void The_search_expansion_changes_on_an_open_index_and_survives_a_reload()
    {
        var vectors = Clustered(500, seed: 4);
        using var index = UsearchClaimIndex.Create(Dimensions, expansionSearch: 64);
        index.Reserve(vectors.Length);
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add((ulong)i, vectors[i]);
        }

        index.ExpansionSearch = 300;
        var path = Path.Combine(Path.GetTempPath(), $"claimtrail-expansion-{Environment.ProcessId}.usearch");
        try
        {
            index.Save(path);
            using var loaded = UsearchClaimIndex.Load(path);
            loaded.ExpansionSearch = 17;

            Assert.Equal(300, index.ExpansionSearch);
            Assert.Equal(17, loaded.ExpansionSearch);
            Assert.Equal(500, loaded.Count);
            Assert.Equal(42UL, loaded.Search(vectors[42], 1)[0].Key);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_search_expansion_below_one_is_refused()
    {
        using var index = UsearchClaimIndex.Create(Dimensions);

        Assert.Throws<ArgumentOutOfRangeException>(() => index.ExpansionSearch = 0);
    }
}
