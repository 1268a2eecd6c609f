using System.Text;
using Claimtrail.Errors;
using Claimtrail.Evaluation;

namespace Claimtrail.Tests.Evaluation;

public sealed class SentencePairReaderTests
{
    private static (List<SentencePair> Pairs, List<InputException> Errors) Read(string jsonl)
    {
        var errors = new List<InputException>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        return (SentencePairReader.Read(stream, "pairs.jsonl", errors.Add).ToList(), errors);
    }

    [Fact]
    public void Read_gives_each_field_of_a_pair()
    {
        var (pairs, errors) = Read("""{"id": "p1", "a": "Rain fell.", "b": "It rained.", "same": true, "group": "g1"}""" + "\n");

        Assert.Empty(errors);
        Assert.Equal(new SentencePair("p1", "Rain fell.", "It rained.", true, "g1"), Assert.Single(pairs));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number_and_the_rest_is_read()
    {
        const string valid = """{"id": "p1", "a": "x", "b": "y", "same": false, "group": "g"}""";

        var (pairs, errors) = Read(valid + "\n{broken\n\n" + """{"id": "p3", "a": "x", "b": "y", "same": "yes"}""" + "\n" + valid.Replace("p1", "p5", StringComparison.Ordinal));

        Assert.Equal(["p1", "p5"], pairs.Select(p => p.Id));
        Assert.Equal(2, errors.Count);
        Assert.Equal("line 2", errors[0].Location);
        Assert.Equal("line 4", errors[1].Location);
        Assert.Contains("'same'", errors[1].Reason, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Equal("pairs.jsonl", e.Input));
    }

    [Fact]
    public void A_label_conflict_is_read_as_a_match()
    {
        var (pairs, _) = Read("""{"id": "p1", "a": "x", "b": "y", "same": false, "group": "g", "label_conflict": true}""");

        Assert.True(Assert.Single(pairs).Same);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");

        var error = Assert.Throws<InputException>(() => SentencePairReader.ReadFile(path, _ => { }));

        Assert.Equal(path, error.Input);
    }
}
