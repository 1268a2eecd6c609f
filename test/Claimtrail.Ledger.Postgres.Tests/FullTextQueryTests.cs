namespace Claimtrail.Ledger.Postgres.Tests;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("dockworkers", "'dockworkers'")]
    [InlineData("dock*", "'dock':*")]
    [InlineData("Pantsir-S1", "('Pantsir' <-> 'S1')")]
    [InlineData("\"Pantsir", "'Pantsir'")]
    [InlineData("it's", "('it' <-> 's')")]
    [InlineData("S1 OR", "'S1' & 'OR'")]
    [InlineData("kyïv ó*", "'kyïv' & 'ó':*")]
    [InlineData("a|b&!c", "('a' <-> 'b' <-> 'c')")]
    public void Words_become_quoted_phrases_all_required(string text, string expected)
    {
        Assert.Equal(expected, FullTextQuery.For(new ClaimQuery { Text = text }.Terms));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"\" -- '")]
    public void Words_without_letters_or_digits_give_no_query(string text)
    {
        Assert.Null(FullTextQuery.For(new ClaimQuery { Text = text }.Terms));
    }
}
