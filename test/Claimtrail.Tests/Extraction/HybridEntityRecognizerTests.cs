using Claimtrail.Extraction;
using Claimtrail.Extraction.Learned.Ner;
using Claimtrail.Extraction.Rules;
using Claimtrail.Model;
using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Extraction;

public sealed class HybridEntityRecognizerTests
{
    private static readonly RuleEntityRecognizer Rules = new(WordLexicon.Shared);
    private static readonly HybridEntityRecognizer Hybrid = new(Rules, TrainedEntityRecognizer.Shipped);

    [Fact]
    public void The_tagger_adds_people_and_organisations_the_rules_leave_untyped_or_miss()
    {
        var text = AnalysedText.Create("Marta Kowalczyk met Jonas Berg of Carrow Mining in Gdansk on Monday.");

        var entities = Hybrid.Recognize(text);

        Assert.Contains(entities, e => e.Text == "Marta Kowalczyk" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Text == "Jonas Berg" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Text == "Carrow Mining" && e.Type == EntityType.Organisation);
        Assert.Contains(entities, e => e.Text == "Gdansk" && e.Type == EntityType.Place);
    }

    [Fact]
    public void Every_entity_the_rules_find_is_kept_as_they_type_it_and_nothing_overlaps()
    {
        var text = AnalysedText.Create("The site Meduza reported that a Pantsir-S1 stood in Teterinsky Street, citing the channel Moscow calling.");

        var rules = Rules.Recognize(text);
        var entities = Hybrid.Recognize(text);

        Assert.All(rules, r => Assert.Contains(r, entities));
        for (var i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].Span.End <= entities[i].Span.Start, $"{entities[i - 1]} overlaps {entities[i]}");
        }
    }

    [Theory]
    [InlineData("In December the Russian economy slowed.")]
    [InlineData("FLY.")]
    public void Nationalities_alone_and_kickers_are_not_entities(string text) =>
        Assert.Empty(Hybrid.Recognize(AnalysedText.Create(text)));

    [Fact]
    public void A_city_the_gazetteer_holds_is_a_place_entity()
    {
        var entities = Analyze.Text("Officials said that the convoy left Tallinn before dawn.").Entities;

        Assert.Contains(entities, e => e.Text == "Tallinn" && e.Type == EntityType.Place);
    }
}
