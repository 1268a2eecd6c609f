using Claimtrail.Errors;
using Claimtrail.Extraction.Learned.Ner;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction.Learned.Ner;

public sealed class NerTaggerTests
{
    // Invented sentences: a handful of patterns with names the tagger can only learn from their context.
    private static readonly string[] People = ["Ines Moreau", "Tomas Varga", "Lena Okafor", "Piet Halvorsen", "Ada Quist", "Rui Tanaka"];
    private static readonly string[] Towns = ["Brennholm", "Kastelby", "Ostrava", "Velmora", "Sundgard", "Tallow"];
    private static readonly string[] Firms = ["Northwind Logistics", "Carrow Mining", "Helix Foods", "Barrow Shipping", "Quarry Bank", "Lumen Power"];

    [Fact]
    public void Training_with_the_same_seed_gives_the_same_model_bytes_and_learns_the_patterns()
    {
        var train = Sentences(0, 40);
        var options = new NerTrainingOptions { Seed = 7, Epochs = 4, HashBits = 16 };

        var first = NerTrainer.Train(train, null, options);
        var second = NerTrainer.Train(train, null, options);

        Assert.Equal(Bytes(first), Bytes(second));
        var held = Sentences(40, 12);
        Assert.True(NerEvaluation.Score(first, held).F1 > 0.9, string.Join('\n', NerEvaluation.Score(first, held).Lines()));
    }

    [Fact]
    public void A_saved_model_loads_back_and_tags_alike()
    {
        var tagger = NerTrainer.Train(Sentences(0, 30), null, new NerTrainingOptions { Seed = 1, Epochs = 3, HashBits = 16 }).WithBias(NerDomain.Social, 4);
        var loaded = NerTagger.Load(new MemoryStream(Bytes(tagger)), "model");
        var text = Sentences(30, 6).Select(s => s.Tokens).ToList();

        Assert.Equal(tagger.Tag(text, NerDomain.News), loaded.Tag(text, NerDomain.News));
        Assert.Equal([4f, 4f, 4f, 4f], loaded.BiasFor(NerDomain.Social));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    public void Something_that_is_not_a_model_is_refused_with_its_name(byte[] bytes)
    {
        var error = Assert.Throws<InputException>(() => NerTagger.Load(new MemoryStream(bytes), "broken.bin.gz"));

        Assert.Contains("broken.bin.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var bytes = Bytes(NerTrainer.Train(Sentences(0, 10), null, new NerTrainingOptions { Epochs = 1, HashBits = 16 }));

        Assert.Throws<InputException>(() => NerTagger.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.bin.gz"));
    }

    [SharedDataFact("eval/conll2003_ner/dev.jsonl")]
    public void The_shipped_model_reaches_its_target_on_conll_dev()
    {
        var (sentences, errors) = NerCorpus.Read(SharedData.Require("eval/conll2003_ner/dev.jsonl"), null);

        var score = NerEvaluation.Score(NerTagger.Shipped, sentences);

        Assert.Empty(errors);
        Assert.True(score.F1 >= 0.85, string.Join('\n', score.Lines()));
    }

    private static byte[] Bytes(NerTagger tagger)
    {
        using var buffer = new MemoryStream();
        tagger.Save(buffer);
        return buffer.ToArray();
    }

    private static List<NerSentence> Sentences(int from, int count)
    {
        var sentences = new List<NerSentence>();
        for (var n = from; n < from + count; n++)
        {
            var person = People[n % People.Length].Split(' ');
            var town = Towns[(n / 2) % Towns.Length];
            var firm = Firms[(n / 3) % Firms.Length].Split(' ');
            var (tokens, tags) = (n % 3) switch
            {
                0 => ((string[])[person[0], person[1], "visited", town, "on", "Monday", "."], (string[])["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]),
                1 => ([firm[0], firm[1], "opened", "an", "office", "in", town, "."], ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "O"]),
                _ => (["A", "spokesman", "for", firm[0], firm[1], ",", person[0], person[1], ",", "said", "nothing", "."], ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "O", "O", "O"]),
            };
            sentences.Add(new NerSentence($"s{n}", $"d{n}", tokens, tags, NerDomain.News));
        }

        return sentences;
    }
}
