using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new(WordLexicon.Shared);

    [Theory]
    [InlineData("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour")]
    [InlineData("tab\tseparated\twords", "tab separated words")]
    [InlineData("no\u00A0break and\u2009thin and\u3000wide", "no break and thin and wide")]
    [InlineData("too     many   spaces", "too many spaces")]
    [InlineData("   padded line   \n  another  ", "padded line\nanother")]
    [InlineData("para one\n\n\n\n\npara two", "para one\n\npara two")]
    [InlineData("para one\n  \n \t \npara two", "para one\n\npara two")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen joined\u2060word\uFEFF", "zerowidth softhyphen joinedword")]
    [InlineData("bell\u0007 and escape\u001B and nul\0", "bell and escape and nul")]
    [InlineData("line\u2028separator\u2029paragraph", "line\nseparator\n\nparagraph")]
    [InlineData("\n\n  leading and trailing blank lines  \n\n", "leading and trailing blank lines")]
    public void Whitespace_and_control_characters_are_normalised(string raw, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(raw));

    // The texts CleanWhitespace gives back without a copy, and texts a character away from them.
    [Theory]
    [InlineData("", "")]
    [InlineData("one two", "one two")]
    [InlineData("one\ntwo\n\nthree", "one\ntwo\n\nthree")]
    [InlineData("caf\u00E9 \u201Cquoted\u201D \u2014 \u0416\u0443\u043A\n\nok", "caf\u00E9 \u201Cquoted\u201D \u2014 \u0416\u0443\u043A\n\nok")]
    [InlineData(" one two", "one two")]
    [InlineData("one two ", "one two")]
    [InlineData("one  two", "one two")]
    [InlineData("one\n\n\ntwo", "one\n\ntwo")]
    [InlineData("one \ntwo", "one\ntwo")]
    [InlineData("one\n two", "one\ntwo")]
    [InlineData("one\ttwo", "one two")]
    [InlineData("one\u007Ftwo", "onetwo")]
    [InlineData("caf\u00E9  two", "caf\u00E9 two")]
    [InlineData("caf\u00E9\n", "caf\u00E9")]
    public void Clean_text_is_kept_and_text_that_is_nearly_clean_is_cleaned(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.CleanWhitespace(raw));

    [Fact]
    public void Text_is_composed_to_nfc()
    {
        var decomposed = "Cafe\u0301 cre\u0300me";

        Assert.Equal("Caf\u00E9 cr\u00E8me", Normalizer.Normalize(decomposed));
    }

    [Theory]
    [InlineData("\u0416\u0443\u0440\u043D\u0430\u043B \u0438\u0306", "\u0416\u0443\u0440\u043D\u0430\u043B \u0439")]
    [InlineData("A long line of plain ASCII text before the mark, longer than a vector or two: cafe\u0301", "A long line of plain ASCII text before the mark, longer than a vector or two: caf\u00E9")]
    [InlineData("\u0301 a mark first stays", "\u0301 a mark first stays")]
    public void Marks_after_any_run_of_text_are_composed(string decomposed, string composed) =>
        Assert.Equal(composed, Normalizer.Normalize(decomposed));

    [Fact]
    public void Curly_quotes_and_dashes_are_kept()
    {
        var text = "\u201CNo comment,\u201D he said \u2014 and the \u2018experts\u2019 agreed \u2013 again\u2026";

        Assert.Equal(text, Normalizer.Normalize(text));
    }

    [Theory]
    [InlineData("The channel Harbour watchreported that the ferry had sunk.", "The channel Harbour watch reported that the ferry had sunk.")]
    [InlineData("A post on the blog Northern Lightsclaimed the mayor resigned.", "A post on the blog Northern Lights claimed the mayor resigned.")]
    [InlineData("The outlet Vestrahas published two photos of the damage.", "The outlet Vestra has published two photos of the damage.")]
    [InlineData("Two witnesses spoke to the newspaper Koloskovsaid the fire began at night.", "Two witnesses spoke to the newspaper Koloskov said the fire began at night.")]
    [InlineData("Videos shared by local mediaallegedly show the crane falling.", "Videos shared by local media allegedly show the crane falling.")]
    [InlineData("The ferryreported news.", "The ferry reported news.")]
    [InlineData("The figures were published inthe annual report.", "The figures were published in the annual report.")]
    public void Words_that_lost_their_space_are_split(string glued, string repaired) =>
        Assert.Equal(repaired, Normalizer.Normalize(glued));

    [Theory]
    [InlineData("The online publication Agentstvo notes that the photos are impossible to verify.")]
    [InlineData("Crowds gathered on Frunzenskaya embankment and on Teterinsky Street.")]
    [InlineData("Fields of the Timiryazev Agricultural Academy, north of Moscow.")]
    [InlineData("Dmitry Peskov told reporters to ask the ministry.")]
    [InlineData("Drone strikes hit air bases in Ryazan and Saratov.")]
    [InlineData("The residence at Novo-Ogariovo is protected by a Pantsir-S1 system.")]
    [InlineData("Shareholders of Johnson Matthey met in Washington, Chicago and Toronto in September.")]
    [InlineData("Siegfried and Winfried visited Germany, England and the Philippines.")]
    [InlineData("The steelmaker and the carmaker signed a ceasefire at the airbase.")]
    [InlineData("Putin and the Kremlin spoke to Thomas, Nelson and Harris.")]
    [InlineData("NATOsaid nothing; the iPhone and YouTube were down.")]
    [InlineData("Details are at ferryreported.com today.")]
    [InlineData("Follow @ferryreported for updates.")]
    [InlineData("Tagged #ferryreported by readers.")]
    [InlineData("Mail desk@ferryreported.org or see https://news.example/ferryreported/today.")]
    [InlineData("The widget cost 1987dollars and the Pantsir-S1has no number.")]
    public void Names_and_real_words_survive(string text) =>
        Assert.Equal(text, Normalizer.Normalize(text));

    [Fact]
    public void A_glued_word_that_occurs_twice_is_taken_for_a_name()
    {
        var text = "The Vestrahas story ran. Vestrahas is a blog.";

        Assert.Equal(text, Normalizer.Normalize(text));
    }

    [Fact]
    public void A_misspelling_is_not_split()
    {
        var text = "The subsdiary will belive the governmet.";

        Assert.Equal(text, Normalizer.Normalize(text));
    }

    [SharedDataFact("seed/moscow-air-defence-report.txt")]
    public void The_seed_report_gets_both_broken_links_repaired_and_nothing_else_split()
    {
        var raw = File.ReadAllText(SharedData.Require("seed/moscow-air-defence-report.txt"));
        var plain = TextNormalizer.CleanWhitespace(raw);

        var normalised = Normalizer.Normalize(raw);

        Assert.Contains("Moscow calling quoted from the site Meduza has published", normalised, StringComparison.Ordinal);
        Assert.Equal(plain.Length + 2, normalised.Length);
        foreach (var name in new[] { "Agentstvo", "Frunzenskaya", "Teterinsky", "Timiryazev", "Peskov", "Ryazan", "Saratov", "Novo-Ogariovo", "Pantsir-S1" })
        {
            Assert.Contains(name, normalised, StringComparison.Ordinal);
        }
    }
}
