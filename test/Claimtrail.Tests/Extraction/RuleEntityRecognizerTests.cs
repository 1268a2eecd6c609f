using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

public sealed class RuleEntityRecognizerTests
{
    [Theory]
    [InlineData("The spokesman, Lars Olsen, said nothing.", "Lars Olsen", EntityType.Person)]
    [InlineData("President Ana Silva arrived in Porto.", "Ana Silva", EntityType.Person)]
    [InlineData("She arrived in Porto on Friday.", "Porto", EntityType.Place)]
    [InlineData("Tanks moved north of Kharkiv overnight.", "Kharkiv", EntityType.Place)]
    [InlineData("The Ministry of Health said the clinic will open.", "Ministry of Health", EntityType.Organisation)]
    [InlineData("The Norwegian armed forces said the drill ended.", "Norwegian armed forces", EntityType.Organisation)]
    [InlineData("The online publication Fjord Post said so.", "Fjord Post", EntityType.Outlet)]
    [InlineData("The Valley Herald newspaper said so.", "Valley Herald", EntityType.Outlet)]
    [InlineData("The Telegram channel Grey Zone wrote that the bridge fell.", "Grey Zone", EntityType.Channel)]
    [InlineData("A Su-34 and a T-90M were seen.", "Su-34", EntityType.Equipment)]
    [InlineData("Crowds gathered on Linden Street at dawn.", "Linden Street", EntityType.Place)]
    [InlineData("Drones hit depots in Tula and Kaluga at night.", "Kaluga", EntityType.Place)]
    public void Types_names_from_their_descriptors_and_context(string text, string name, EntityType type) =>
        Assert.Contains(Analyze.Text(text).Entities, e => e.Text == name && e.Type == type);

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before()
    {
        var report = Analyze.Text("The minister, Eva Lund, spoke first. Later Lund said the budget was final.");
        var person = Assert.Single(report.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(("Eva Lund", 2), (person.Text, person.Count));
    }

    [Theory]
    [InlineData("In December the Russian economy slowed.")]
    [InlineData("FLY.")]
    public void Months_demonyms_and_kickers_are_not_entities(string text) =>
        Assert.Empty(Analyze.Text(text).Entities);
}
