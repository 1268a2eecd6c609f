using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

/// <summary>The default extractor: the trained tagger's spans for plain speech, the rules' constructions whole.</summary>
public sealed class HybridAttributionExtractorTests
{
    [Fact]
    public void The_default_pipeline_records_the_hybrid_extractor_on_every_mention()
    {
        var m = Analyze.OnlyMention("The mayor said the bridge will reopen in May after the repairs.");
        Assert.StartsWith("hybrid/1(rules/1+perceptron-attribution/", m.Extractor, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relay_construction_is_kept_whole_with_its_chain()
    {
        var m = Analyze.OnlyMention("The Telegram channel North Wind, quoted from the site Daily Lantern, has published videos that allegedly show tanks on the border road.");
        Assert.Equal(("North Wind", SourceKind.Channel), (m.Speaker.Name, m.Speaker.Kind));
        Assert.Equal("Daily Lantern", Assert.Single(m.Relay).Name);
        Assert.Equal("has published videos that allegedly show", m.Cue);
    }

    [Fact]
    public void Plain_speech_found_by_both_gets_the_rules_reading_of_the_speaker()
    {
        var report = Analyze.Text("The minister, Eva Lund, spoke first. Later she told reporters that the budget was final and would not change.");
        var m = Assert.Single(report.Mentions);
        Assert.Equal(("Eva Lund", SourceKind.Person), (m.Speaker.Name, m.Speaker.Kind));
        Assert.Equal("told reporters", m.Cue);
    }

    [Fact]
    public void Speech_the_rules_miss_is_found_by_the_tagger()
    {
        const string text = "Officials at the port expect the cranes to be repaired by Friday, a spokesperson for the operator added in an email.";
        Assert.DoesNotContain(Analyze.WithRules(text).Mentions, m => m.Cue == "expect");
        Assert.Contains(Analyze.Text(text).Mentions, m => m.Cue == "expect" && m.Speaker.Name == "Officials at the port");
    }

    [Fact]
    public void A_response_split_off_by_the_rules_is_recorded_against_the_content_it_answers()
    {
        var result = Analyze.All("According to the city police, the Northern Brigade set the depot on fire, which they have neither denied nor confirmed.");
        var claim = Assert.Single(result.Claims);
        Assert.Equal("the Northern Brigade set the depot on fire", claim.Text);
        Assert.Equal(2, claim.Mentions.Count);
    }

    [Fact]
    public void A_subordinate_participle_is_not_taken_for_speech()
    {
        var report = Analyze.Text("When asked about it, the spokesman said nothing would change before the election.");
        Assert.DoesNotContain(report.Mentions, m => m.Cue == "asked");
    }
}
