using Claimtrail.Extraction.Learned.Ner;

namespace Claimtrail.Tests.Extraction.Learned.Ner;

public sealed class NerDomainDetectorTests
{
    [Theory]
    [InlineData("@harbourwatch the ferry is late again", NerDomain.Social)]
    [InlineData("Power is back in Velmora #blackout", NerDomain.Social)]
    [InlineData("Great match by Tomas Varga 😂", NerDomain.Social)]
    [InlineData("i saw the fire from the bridge", NerDomain.Social)]
    [InlineData("Watched the harbour talk with Ines Moreau yesterday .", NerDomain.Social)]
    [InlineData("Ines Moreau met Tomas Varga of Carrow Mining in Velmora on Monday .", NerDomain.News)]
    [InlineData("SOCCER - VELMORA WIN . | BRENNHOLM 1996-08-30 | Velmora beat Kastelby 2-0 .", NerDomain.News)]
    [InlineData("Ferry strike ends . | KASTELBY , Aug 30 | Workers voted to return .", NerDomain.News)]
    public void A_document_reads_as_news_or_a_post_by_its_words(string text, NerDomain expected)
    {
        Assert.Equal(expected, NerDomainDetector.Detect(Sentences(text)));
    }

    [Fact]
    public void A_long_text_without_marks_of_a_post_is_news()
    {
        var sentence = "The harbour authority in Velmora said on Monday that the ferry service would resume next week .";
        var text = string.Join(" | ", Enumerable.Repeat(sentence, 4));

        Assert.Equal(NerDomain.News, NerDomainDetector.Detect(Sentences(text)));
        Assert.Equal(NerDomain.Social, NerDomainDetector.Detect(Sentences(text + " | @velmoraport thanks")));
    }

    // Sentences are separated by " | ", tokens by spaces.
    private static List<IReadOnlyList<string>> Sentences(string text) =>
        [.. text.Split(" | ").Select(s => (IReadOnlyList<string>)s.Split(' '))];
}
