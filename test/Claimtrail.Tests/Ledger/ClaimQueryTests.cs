using Claimtrail.Ledger;

namespace Claimtrail.Tests.Ledger;

public sealed class ClaimQueryTests
{
    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("pantsir", new[] { "pantsir" })]
    [InlineData("  Losiny \t Ostrov\n", new[] { "Losiny", "Ostrov" })]
    public void Terms_are_the_words_of_the_text(string? text, string[] terms) =>
        Assert.Equal(terms, new ClaimQuery { Text = text }.Terms);

    [Theory]
    [InlineData(0)]
    [InlineData(ClaimQuery.MaxLimit + 1)]
    public void A_limit_outside_the_allowed_range_is_refused(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimQuery { Limit = limit });

    [Fact]
    public void A_negative_offset_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimQuery { Offset = -1 });

    [Fact]
    public void The_default_page_is_the_first_fifty()
    {
        var query = new ClaimQuery();

        Assert.Equal((0, 50), (query.Offset, query.Limit));
    }
}
