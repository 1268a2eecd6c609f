using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

public sealed class SentenceSegmenterTests
{
    [Theory]
    [InlineData("Mr. Smith arrived. He left at noon.", new[] { "Mr. Smith arrived.", "He left at noon." })]
    [InlineData("“It burned,” he said. Police came.", new[] { "“It burned,” he said.", "Police came." })]
    [InlineData("Title line\nFirst sentence here.", new[] { "Title line", "First sentence here." })]
    [InlineData("John F. Kennedy spoke. Crowds cheered!", new[] { "John F. Kennedy spoke.", "Crowds cheered!" })]
    [InlineData("He said “stop.” Then quiet.", new[] { "He said “stop.”", "Then quiet." })]
    [InlineData("prices fell 3.5 percent. analysts shrugged", new[] { "prices fell 3.5 percent. analysts shrugged" })]
    public void Splits_at_stops_and_line_breaks_but_not_after_abbreviations(string text, string[] expected)
    {
        var analysed = AnalysedText.Create(text);
        Assert.Equal(expected, analysed.Sentences.Select(s => s.Span.Of(text)));
    }

    [Fact]
    public void Sentence_lookup_by_offset_finds_the_enclosing_sentence()
    {
        var analysed = AnalysedText.Create("One here. Two there. Three everywhere.");
        Assert.Equal(1, analysed.SentenceIndexAt(12));
        Assert.Equal(2, analysed.SentenceIndexAt(analysed.Text.Length - 1));
    }
}
