using Claimtrail.Evaluation;
using Claimtrail.Extraction;
using Claimtrail.Extraction.Learned;
using Claimtrail.Extraction.Learned.Training;
using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Extraction.Learned;

public sealed class TrainedAttributionExtractorTests
{
    // Small tables and no dev data: a test-sized model, trained in well under a second.
    private static readonly TrainingOptions Tiny = new(Seed: 7, Epochs: 8, CueBits: 16, RoleBits: 16, CueBias: 0f, PruneBelow: 0.01f);

    private static readonly Lazy<TrainingResult> TinyModel = new(() => AttributionTrainer.Train(SyntheticAttributions.Documents(20), null, Tiny, null));

    [Fact]
    public void Training_on_a_tiny_corpus_learns_cue_source_and_content()
    {
        var extractor = TrainedAttributionExtractor.FromBytes(TinyModel.Value.ModelBytes);
        const string text = "Senator Ruiz said the library will open in April.";

        var attribution = Assert.Single(extractor.Extract(AnalysedText.Create(text)));

        Assert.Equal("said", attribution.CueSpan.Of(text));
        Assert.Equal("Senator Ruiz", attribution.Speaker.Name);
        Assert.Contains("the library will open in April", attribution.ContentExtent.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_a_tiny_corpus_finds_content_in_quotes_before_the_cue()
    {
        var extractor = TrainedAttributionExtractor.FromBytes(TinyModel.Value.ModelBytes);
        const string text = "The weather was mild on Tuesday. \u201CThe bridge is unsafe,\u201D the engineer said.";

        var attribution = Assert.Single(extractor.Extract(AnalysedText.Create(text)));

        Assert.Equal("said", attribution.CueSpan.Of(text));
        Assert.Contains("The bridge is unsafe", attribution.ContentExtent.Of(text), StringComparison.Ordinal);
        Assert.DoesNotContain("weather", attribution.ContentExtent.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_model_bytes()
    {
        var documents = SyntheticAttributions.Documents(12);

        var first = AttributionTrainer.Train(documents, null, Tiny, null).ModelBytes;
        var second = AttributionTrainer.Train(documents, null, Tiny, null).ModelBytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_shuffles_differently()
    {
        var documents = SyntheticAttributions.Documents(12);

        var first = AttributionTrainer.Train(documents, null, Tiny, null).ModelBytes;
        var other = AttributionTrainer.Train(documents, null, Tiny with { Seed = 8 }, null).ModelBytes;

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_bytes_and_the_same_answers()
    {
        var bytes = TinyModel.Value.ModelBytes;
        using var stream = new MemoryStream(bytes);

        var loaded = AttributionModel.Load(stream, "test");

        Assert.Equal(bytes, loaded.ToBytes());
        var text = AnalysedText.Create("Mayor Lin said the road will close in June. \u201CPrices fell in March,\u201D the council says.");
        var fromBytes = TrainedAttributionExtractor.FromBytes(bytes).Extract(text);
        var fromModel = new AttributionTagger().Extract(loaded, text);
        Assert.Equal(Describe(fromBytes), Describe(fromModel));
    }

    [Fact]
    public void A_corrupt_model_is_refused_with_its_name()
    {
        var bytes = TinyModel.Value.ModelBytes[..40];

        var error = Assert.Throws<Claimtrail.Errors.InputException>(() => TrainedAttributionExtractor.FromBytes(bytes, "broken.bin.gz"));

        Assert.Contains("broken.bin.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_finds_the_mayors_claim()
    {
        const string text = "The mayor said the bridge will reopen in May.";

        var attribution = Assert.Single(TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(text)));

        Assert.Equal("said", attribution.CueSpan.Of(text));
        Assert.Contains("mayor", attribution.Speaker.Name, StringComparison.Ordinal);
        Assert.Contains("the bridge will reopen in May", attribution.ContentExtent.Of(text), StringComparison.Ordinal);
        Assert.StartsWith("perceptron-attribution/1+", TrainedAttributionExtractor.Shipped.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_reads_text_without_line_breaks_or_attributions()
    {
        var text = string.Concat(Enumerable.Repeat("Rain fell on the hills and the rivers rose. ", 400));

        Assert.Empty(TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(text)));
        Assert.Empty(TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(string.Empty)));
    }

    [Fact]
    public void An_endless_sentence_with_many_cues_is_read_in_bounded_windows()
    {
        // No stops and no line breaks: one sentence of 5,000 tokens with 1,000 cues.
        var text = string.Concat(Enumerable.Repeat("officials said prices rose and ", 1000));

        var attributions = TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(text));

        Assert.NotEmpty(attributions);
        Assert.All(attributions, a => Assert.True(a.ContentExtent.Length < 2_500, $"content of {a.ContentExtent.Length} characters"));
    }

    [Fact]
    public void The_shipped_model_gives_the_same_answers_on_many_threads()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"Officials said the ferry {i} will sail at dawn. \u201CWe are ready,\u201D the captain told reporters.")
            .ToArray();
        var expected = texts.Select(t => Describe(TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(t)))).ToArray();

        var actual = new List<string>[texts.Length];
        Parallel.For(0, texts.Length, i => actual[i] = Describe(TrainedAttributionExtractor.Shipped.Extract(AnalysedText.Create(texts[i]))));

        Assert.Equal(expected, actual);
        Assert.All(expected, e => Assert.NotEmpty(e));
    }

    [SharedDataFact("eval/polnear/dev.jsonl")]
    public void The_shipped_model_reaches_the_targets_on_polnear_dev()
    {
        var documents = PolnearReader.ReadFile(SharedData.Require("eval/polnear/dev.jsonl"), error => throw error).ToList();

        var score = AttributionScorer.ForExtractor(TrainedAttributionExtractor.Shipped).Evaluate(documents);

        Assert.True(score.Cue.Overlap.F1 >= 0.80, $"cue overlap F1 {score.Cue.Overlap.F1:F3}");
        Assert.True(score.Source.Overlap.F1 >= 0.70, $"source overlap F1 {score.Source.Overlap.F1:F3}");
        Assert.True(score.Content.Overlap.F1 >= 0.75, $"content overlap F1 {score.Content.Overlap.F1:F3}");
    }

    private static List<string> Describe(IReadOnlyList<Attribution> attributions) =>
        [.. attributions.Select(a => $"{a.CueSpan} {a.Speaker.Span} {string.Join(",", a.Content)}")];
}
