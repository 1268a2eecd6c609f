using Claimtrail.Matching;
using Claimtrail.Matching.Embeddings;

namespace Claimtrail.Matching.Tests.Embeddings;

public sealed class MiniLmEmbedderTests : IClassFixture<MiniLmFixture>
{
    private readonly MiniLmEmbedder _embedder;

    public MiniLmEmbedderTests(MiniLmFixture fixture) => _embedder = fixture.Embedder;

    [Fact]
    public void The_model_loads_from_the_assembly_and_gives_unit_vectors_of_384_dimensions()
    {
        var vectors = _embedder.Embed(["Air raid sirens sounded over the city at dawn."]);

        var vector = Assert.Single(vectors);
        Assert.Equal(384, vector.Length);
        Assert.Equal(1d, VectorMath.Dot(vector, vector), 3);
    }

    [Theory]
    [InlineData("The ministry says two drones were shot down over the capital.", "Two drones were downed over the capital, according to the ministry.", "The orchestra will tour South America next spring.")]
    [InlineData("Workers felled trees in the park to make room for missile launchers.", "Trees in the park were cut down to clear space for air defence systems.", "Bread prices rose sharply in the first quarter.")]
    [InlineData("The spokesman refused to comment on the videos.", "The spokesman declined to say anything about the footage.", "Heavy snow closed the mountain pass for three days.")]
    public void A_paraphrase_scores_higher_than_an_unrelated_sentence(string sentence, string paraphrase, string unrelated)
    {
        var vectors = _embedder.Embed([sentence, paraphrase, unrelated]);

        var close = VectorMath.Dot(vectors[0], vectors[1]);
        var far = VectorMath.Dot(vectors[0], vectors[2]);
        Assert.True(close > far + 0.3, $"paraphrase {close}, unrelated {far}");
    }

    [Fact]
    public void Batches_give_the_same_vectors_as_single_calls()
    {
        string[] texts = ["Short.", "A much longer sentence about shelling near the border crossing overnight.", "Another one."];

        var batched = _embedder.Embed(texts);
        var single = texts.Select(t => _embedder.Embed([t])[0]).ToArray();

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1d, VectorMath.Dot(batched[i], single[i]), 3);
        }
    }
}
