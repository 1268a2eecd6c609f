using Claimtrail.Extraction.Learned.Ner;

namespace Claimtrail.Tests.Extraction.Learned.Ner;

public sealed class NerScoreTests
{
    [Fact]
    public void An_entity_counts_only_when_its_type_and_both_boundaries_match()
    {
        var score = new NerScore();

        score.Add(
            ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"],
            ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"]);

        Assert.Equal((3, 3, 1), score.Counts());
        Assert.Equal((1, 1, 1), score.Counts("PER"));
        Assert.Equal((1, 2, 0), score.Counts("ORG"));
        Assert.Equal((1, 0, 0), score.Counts("LOC"));
    }

    [Fact]
    public void Lines_give_each_type_then_overall_last()
    {
        var score = new NerScore();
        score.Add(["B-PER", "O", "B-LOC", "B-MISC"], ["B-PER", "O", "B-LOC", "O"]);

        var lines = score.Lines();

        Assert.Equal(
            [
                "LOC   P=1.000 R=1.000 F1=1.000  gold=1 predicted=1 correct=1",
                "MISC  P=0.000 R=0.000 F1=0.000  gold=1 predicted=0 correct=0",
                "PER   P=1.000 R=1.000 F1=1.000  gold=1 predicted=1 correct=1",
                "overall P=1.000 R=0.667 F1=0.800",
            ],
            lines);
    }

    [Fact]
    public void Tag_lists_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new NerScore().Add(["O", "B-PER"], ["O"]));
    }

    [Theory]
    [InlineData("B-PER I-PER O", "PER:0-2")]
    [InlineData("I-LOC I-LOC O B-LOC", "LOC:0-2 LOC:3-4")]
    [InlineData("B-ORG I-LOC", "ORG:0-1 LOC:1-2")]
    [InlineData("O I-MISC", "MISC:1-2")]
    [InlineData("B-PER B-PER", "PER:0-1 PER:1-2")]
    public void Spans_follow_the_conlleval_rules(string tags, string expected)
    {
        var spans = NerLabels.Spans(tags.Split(' '));

        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Type}:{s.Start}-{s.End}")));
    }
}
