using System.Text.Json;
using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

/// <summary>
/// <see cref="GluedWordRepair.MaySplit"/> lets a repair skip a text without tokenising it: it must never say no
/// for a text in which <see cref="GluedWordRepair.FindSplits"/> finds a split.
/// </summary>
public sealed class GluedWordRepairTests
{
    private const string Corpus = "corpus/news-en/news.jsonl";

    private static readonly GluedWordRepair Repair = new(WordLexicon.Shared);

    // Sentences whose spaces are taken out one at a time: names, inflections, addresses, numbers, joiners, accents,
    // quotes and brackets next to the words that get glued.
    private static readonly string[] Sentences =
    [
        "The channel Harbour watch reported that the ferry had sunk near the old port.",
        "A post on the blog Northern Lights claimed the mayor resigned on Monday.",
        "The outlet Vestra has published two photos of the damage, Koloskov said.",
        "Videos shared by local media allegedly show the crane falling (Update 12.)",
        "\u00ABMeduza has published\u00BB the list; Z\u00FCrich reported nothing.",
        "Residents of Teterinsky Street told reporters that the Pantsir-S1 system was moved.",
        "Details are at ferry.example/report today, and @ferry said it's the shareholders approved plan.",
        "In 2024 the well-known governor didn't comment on the 1,750 drones, officials added.",
        "\u0416\u0438\u0442\u0435\u043B\u0438 \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438 about the drone strike near the airport road.",
        "The figures were published in the annual report of the ministry.",
    ];

    [Theory]
    [InlineData("The channel Harbour watchreported that the ferry had sunk.")]
    [InlineData("The outlet Vestrahas published two photos of the damage.")]
    [InlineData("Videos shared by local mediaallegedly show the crane falling.")]
    [InlineData("The figures were published inthe annual report.")]
    [InlineData("Vestrahas published two photos.")]
    [InlineData("Two photos, Vestrahas said")]
    public void A_text_with_a_glued_word_may_split(string text)
    {
        Assert.NotEmpty(Repair.FindSplits(text));
        Assert.True(Repair.MaySplit(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("The claim could not be verified.")]
    [InlineData("A drone hit a fuel depot near the old port, officials said.")]
    [InlineData("Residents said on Monday that a convoy was seen near Teterinsky Street and Losiny Ostrov.")]
    public void A_text_of_known_words_and_names_that_read_as_no_two_words_is_skipped(string text) =>
        Assert.False(Repair.MaySplit(text));

    [Fact]
    public void No_text_the_search_splits_is_skipped_when_any_one_space_is_lost()
    {
        var split = 0;
        var skipped = 0;
        foreach (var sentence in Sentences)
        {
            for (var i = sentence.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = sentence.IndexOf(' ', i + 1))
            {
                var glued = sentence.Remove(i, 1);
                split += AssertNotSkipped(glued) ? 1 : 0;
                skipped += Repair.MaySplit(glued) ? 0 : 1;
            }
        }

        // Both answers occur, so the test says something about each.
        Assert.InRange(split, 10, int.MaxValue);
        Assert.InRange(skipped, 10, int.MaxValue);
    }

    [SharedDataFact(Corpus)]
    public void No_news_text_the_search_splits_is_skipped_as_it_is_or_with_spaces_lost()
    {
        var random = new Random(5);
        var split = 0;
        foreach (var line in File.ReadLines(SharedData.Require(Corpus)).Take(2000))
        {
            using var record = JsonDocument.Parse(line);
            var text = TextNormalizer.CleanWhitespace(record.RootElement.GetProperty("text").GetString()!);
            var glued = string.Concat(text.Split(' ').Select((word, i) => i == 0 ? word : (random.Next(8) == 0 ? word : " " + word)));
            split += AssertNotSkipped(text) ? 1 : 0;
            split += AssertNotSkipped(glued) ? 1 : 0;
        }

        Assert.InRange(split, 100, int.MaxValue);
    }

    // Whether the search splits text; when it does, the pre-check must have said yes.
    private static bool AssertNotSkipped(string text)
    {
        if (Repair.FindSplits(text).Count == 0)
        {
            return false;
        }

        Assert.True(Repair.MaySplit(text), text);
        return true;
    }
}
