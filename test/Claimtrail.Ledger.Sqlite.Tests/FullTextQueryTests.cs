namespace Claimtrail.Ledger.Sqlite.Tests;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData(new[] { "pantsir" }, "\"pantsir\"")]
    [InlineData(new[] { "Pantsir-S1", "roof" }, "\"Pantsir-S1\" AND \"roof\"")]
    [InlineData(new[] { "say\"s" }, "\"say\"\"s\"")]
    [InlineData(new[] { "dock*" }, "\"dock\"*")]
    [InlineData(new[] { "OR", "NEAR(" }, "\"OR\" AND \"NEAR(\"")]
    [InlineData(new[] { "—", "roof" }, "\"roof\"")]
    public void Each_word_becomes_a_quoted_phrase_and_all_are_required(string[] terms, string expected) =>
        Assert.Equal(expected, SqliteLedger.FullTextQuery(terms));

    [Theory]
    [InlineData("")]
    [InlineData("— * \"\"")]
    public void Words_without_letters_or_digits_leave_nothing_to_search(string words) =>
        Assert.Null(SqliteLedger.FullTextQuery(words.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
