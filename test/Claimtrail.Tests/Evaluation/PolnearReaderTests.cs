using System.Text;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Evaluation;

public sealed class PolnearReaderTests
{
    private const string Valid =
        """{"doc_id": "d1", "text": "\"Yes,\" she said, \"we will.\"", "attributions": [{"id": "E1", "source": {"text": "she", "start": 7, "end": 10, "fragments": [[7, 10]]}, "cue": {"text": "said", "start": 11, "end": 15, "fragments": [[11, 15]]}, "content": {"text": "\"Yes,\" \"we will.\"", "start": 0, "end": 27, "fragments": [[0, 6], [17, 27]]}, "nested_in": []}]}""";

    private static (List<GoldDocument> Documents, List<InputException> Errors) Read(string jsonl)
    {
        var errors = new List<InputException>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        var documents = PolnearReader.Read(stream, "gold.jsonl", errors.Add).ToList();
        return (documents, errors);
    }

    [Fact]
    public void Read_gives_discontinuous_spans_their_fragments()
    {
        var (documents, errors) = Read(Valid + "\n");

        Assert.Empty(errors);
        var relation = Assert.Single(Assert.Single(documents).Attributions);
        Assert.Equal([new TextSpan(0, 6), new TextSpan(17, 27)], relation.Content.Fragments);
        Assert.Equal(new TextSpan(0, 27), relation.Content.Extent);
        Assert.Equal("she", relation.Source!.Fragments[0].Of(documents[0].Text));
    }

    [Fact]
    public void Read_gives_a_null_source_as_null()
    {
        var line = """{"doc_id": "d2", "text": "Some say no.", "attributions": [{"id": "E1", "source": null, "cue": {"text": "say", "start": 5, "end": 8, "fragments": [[5, 8]]}, "content": {"text": "no", "start": 9, "end": 11, "fragments": [[9, 11]]}, "nested_in": []}]}""";

        var (documents, _) = Read(line);

        Assert.Null(Assert.Single(documents[0].Attributions).Source);
    }

    [Fact]
    public void Read_reports_a_malformed_line_with_file_and_line_and_reads_the_rest()
    {
        var outOfRange = Valid.Replace("[[17, 27]]", "[[17, 99]]", StringComparison.Ordinal).Replace("[17, 27]", "[17, 99]", StringComparison.Ordinal);
        var jsonl = string.Join('\n', Valid, "{\"doc_id\": \"broken\", \"text\": ", "", outOfRange, Valid.Replace("\"d1\"", "\"d5\"", StringComparison.Ordinal));

        var (documents, errors) = Read(jsonl);

        Assert.Equal(["d1", "d5"], documents.Select(d => d.Id));
        Assert.Equal(["line 2", "line 4"], errors.Select(e => e.Location));
        Assert.All(errors, e => Assert.Equal("gold.jsonl", e.Input));
        Assert.Contains("outside the text", errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_invalid_UTF8_as_a_malformed_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid + "\n").Concat(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'\n' }).ToArray();
        var errors = new List<InputException>();

        var documents = PolnearReader.Read(new MemoryStream(bytes), "gold.jsonl", errors.Add).ToList();

        Assert.Single(documents);
        Assert.Equal("line 2", Assert.Single(errors).Location);
    }

    [Fact]
    public void Read_converts_code_point_offsets_to_UTF16_offsets()
    {
        // The emoji is one code point and two UTF-16 units: "said" starts at code point 5, UTF-16 offset 6.
        var line = """{"doc_id": "d3", "text": "\uD83D\uDE00 Tom said hi.", "attributions": [{"id": "E1", "source": {"text": "Tom", "start": 2, "end": 5, "fragments": [[2, 5]]}, "cue": {"text": "said", "start": 6, "end": 10, "fragments": [[6, 10]]}, "content": {"text": "hi", "start": 11, "end": 13, "fragments": [[11, 13]]}, "nested_in": []}]}""";

        var (documents, errors) = Read(line);

        Assert.Empty(errors);
        var document = Assert.Single(documents);
        Assert.Equal("said", document.Attributions[0].Cue.Fragments[0].Of(document.Text));
        Assert.Equal("hi", document.Attributions[0].Content.Fragments[0].Of(document.Text));
    }

    [Fact]
    public void ReadFile_names_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");

        var error = Assert.Throws<InputException>(() => PolnearReader.ReadFile(path, _ => { }));

        Assert.Equal(path, error.Input);
    }

    [Fact]
    public void Scorer_scores_only_the_well_formed_lines_of_a_file_with_a_malformed_line()
    {
        var jsonl = Valid + "\nnot json at all\n" + Valid.Replace("\"d1\"", "\"d2\"", StringComparison.Ordinal) + "\n";
        var (documents, errors) = Read(jsonl);
        var s = new Spans(documents[0].Text);
        var scorer = AttributionScorer.ForExtractor(new FixedAttributionExtractor(s.Predicted("she", "said", "Yes", "we will")));

        var score = scorer.Evaluate(documents);

        Assert.Single(errors);
        Assert.Equal(2, score.Documents);
        Assert.Equal(new FieldScore(2, 2, 2, 2), score.Content);
    }

    [SharedDataFact("eval/polnear/dev.jsonl")]
    public void Scorer_gives_full_marks_to_the_gold_of_the_dev_set_itself()
    {
        var errors = new List<InputException>();
        var documents = PolnearReader.ReadFile(SharedData.Require("eval/polnear/dev.jsonl"), errors.Add).ToList();

        var score = documents.Aggregate(AttributionScore.Empty, (sum, d) => sum.Add(AttributionScorer.Score(d, [.. d.Attributions.Select(AsPrediction)])));

        Assert.Empty(errors);
        Assert.Equal(documents.Sum(d => d.Attributions.Count), score.Gold);
        Assert.Equal(0, score.Nested);
        Assert.Equal(1d, score.Content.Exact.F1);
        Assert.Equal(1d, score.Source.Exact.F1);
        Assert.Equal(1d, score.Cue.Overlap.F1);
    }

    // Predictions carry contiguous cues and sources, so a discontinuous gold cue becomes its extent.
    private static PredictedAttribution AsPrediction(GoldAttribution gold) =>
        new(gold.Cue.Extent, gold.Source?.Extent, gold.Content.Fragments);
}
