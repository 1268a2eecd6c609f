using Claimtrail.Provenance;

namespace Claimtrail.Tests.Provenance;

public sealed class UnnamedSourceTests
{
    [Theory]
    [InlineData("a source at the waterworks")]
    [InlineData("Sources familiar with the talks")]
    [InlineData("an official who asked not to be named")]
    [InlineData("one resident")]
    [InlineData("anonymous engineers")]
    [InlineData("people close to the mayor")]
    public void A_description_without_a_name_is_unnamed(string speaker) => Assert.True(UnnamedSource.Is(speaker));

    [Theory]
    [InlineData("Valley Alerts")]
    [InlineData("Mara Kell")]
    [InlineData("the water board")]
    [InlineData("Andrew Sources")]
    [InlineData("")]
    public void A_named_speaker_or_nothing_is_not_unnamed(string speaker) => Assert.False(UnnamedSource.Is(speaker));
}
