using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

public sealed class RuleAttributionExtractorTests
{
    [Theory]
    [InlineData("The mayor said that the bridge will reopen in May.", "the bridge will reopen in May", "mayor", "said")]
    [InlineData("The bridge will reopen in May, the mayor said.", "The bridge will reopen in May", "mayor", "said")]
    [InlineData("According to the harbour authority, the ferry sank after hitting rocks.", "the ferry sank after hitting rocks", "harbour authority", "According to")]
    [InlineData("Local engineers point out that the dam was built in 1962.", "the dam was built in 1962", "Local engineers", "point out")]
    [InlineData("The Westfield Gazette claims that the mine will close next year.", "the mine will close next year", "Westfield Gazette", "claims")]
    public void Finds_content_speaker_and_cue(string sentence, string content, string speaker, string cue)
    {
        var m = Analyze.OnlyRuleMention(sentence);
        Assert.Equal(content, m.Content);
        Assert.Contains(speaker, m.Speaker.Name, StringComparison.Ordinal);
        Assert.Equal(cue, m.Cue);
    }

    [Fact]
    public void Quote_before_the_cue_is_the_content_and_the_name_after_it_the_speaker()
    {
        var m = Analyze.OnlyRuleMention("“We have no plans to close the school,” Anna Berg said on Monday.");
        Assert.Equal("Anna Berg", m.Speaker.Name);
        Assert.Equal(SourceKind.Person, m.Speaker.Kind);
        Assert.StartsWith("“We have no plans to close the school", m.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Apposition_after_a_quote_names_the_person_not_the_role()
    {
        var m = Analyze.OnlyRuleMention("\"The pipes were replaced last year,\" the utility's spokesman, Karl Weiss, told reporters.");
        Assert.Equal("Karl Weiss", m.Speaker.Name);
    }

    [Fact]
    public void Inverted_parenthetical_between_dashes_is_a_relay_of_the_main_attribution()
    {
        var m = Analyze.OnlyRuleMention("Local farmers – notes the regional paper Valley Times – they published photos that show flooded fields near the river.");
        Assert.Equal("Local farmers", m.Speaker.Name);
        var link = Assert.Single(m.Relay);
        Assert.Equal(("Valley Times", SourceKind.Outlet, "notes"), (link.Name, link.Kind, link.Cue));
    }

    [Fact]
    public void Quoted_from_between_subject_and_verb_is_a_relay_and_the_subject_stays_the_speaker()
    {
        var m = Analyze.OnlyRuleMention("The Telegram channel North Wind, quoted from the site Daily Lantern, has published videos that allegedly show tanks on the border road.");
        Assert.Equal(("North Wind", SourceKind.Channel), (m.Speaker.Name, m.Speaker.Kind));
        var link = Assert.Single(m.Relay);
        Assert.Equal(("Daily Lantern", "quoted from"), (link.Name, link.Cue));
        Assert.Equal("tanks on the border road", m.Content);
        Assert.Contains("allegedly", m.Hedges);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Video);
    }

    [Fact]
    public void According_to_then_citing_makes_the_cited_source_the_speaker_and_the_first_a_relay()
    {
        var m = Analyze.OnlyRuleMention("According to the Harbor Post, citing port officials, the tanker left without clearance.");
        Assert.Equal("port officials", m.Speaker.Name);
        var link = Assert.Single(m.Relay);
        Assert.Equal(("Harbor Post", "according to"), (link.Name, link.Cue));
        Assert.Equal("the tanker left without clearance", m.Content);
    }

    [Theory]
    [InlineData("The ministry has not commented on the reports.", Stance.NoComment)]
    [InlineData("The company declined to comment.", Stance.NoComment)]
    [InlineData("The governor denied that the prison had been evacuated.", Stance.Denies)]
    [InlineData("The airline confirmed that two flights were cancelled.", Stance.Confirms)]
    [InlineData("The council's press office told reporters to contact the police for details.", Stance.Deflects)]
    [InlineData("Inspector Hale said questions should be addressed to the fire service.", Stance.Deflects)]
    [InlineData("The senator questioned whether the figures were accurate.", Stance.Questions)]
    public void Stance_follows_the_cue_and_the_content(string sentence, Stance stance) =>
        Assert.Equal(stance, Analyze.OnlyRuleMention(sentence).Stance);

    [Fact]
    public void Relative_no_comment_answers_the_content_just_stated()
    {
        var report = Analyze.WithRules("According to the city police, the Northern Brigade set the depot on fire, which they have neither denied nor confirmed.");
        Assert.Equal(2, report.Mentions.Count);
        var response = report.Mentions.Single(m => m.Stance == Stance.NoComment);
        Assert.Equal("Northern Brigade", response.Speaker.Name);
        Assert.Equal(report.Mentions.Single(m => m.Stance == Stance.Asserts).Content, response.Content);
    }

    [Fact]
    public void Conditional_writer_claim_has_no_source_and_a_conditional_stance()
    {
        var m = Analyze.OnlyRuleMention("If the leak is confirmed, it would be the largest spill on this coast.");
        Assert.Equal(Stance.Conditional, m.Stance);
        Assert.Empty(m.Speaker.Name);
        Assert.Equal("it would be the largest spill on this coast", m.Content);
    }

    [Fact]
    public void Media_circulating_on_channels_are_attributed_to_the_channels_with_the_shown_content()
    {
        var m = Analyze.OnlyRuleMention("Videos showing a burning warehouse circulated on local Telegram channels earlier this week.");
        Assert.Equal("local Telegram channels", m.Speaker.Name);
        Assert.Equal(SourceKind.Collective, m.Speaker.Kind);
        Assert.StartsWith("Videos showing a burning warehouse", m.Content, StringComparison.Ordinal);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Video);
    }

    [Fact]
    public void Evidence_published_by_an_outlet_is_attributed_to_the_outlet()
    {
        var m = Analyze.OnlyRuleMention("Satellite images published by the independent outlet Shore Watch suggest that the runway was damaged.");
        Assert.Equal(("Shore Watch", SourceKind.Outlet), (m.Speaker.Name, m.Speaker.Kind));
        Assert.Equal("the runway was damaged", m.Content);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Photo);
    }

    [Fact]
    public void Definite_description_refers_back_to_the_last_named_source()
    {
        var report = Analyze.WithRules("The Telegram channel Harbour Watch has published videos that show smoke over the pier. The channel claims that the fire was arson.");
        var second = report.Mentions.Single(m => m.Cue == "claims");
        Assert.Equal("Harbour Watch", second.Speaker.Name);
        Assert.Contains("claims", second.Hedges);
        Assert.Empty(second.Evidence);
    }

    [Theory]
    [InlineData("Viewers immediately thought of the floods of last spring.")]
    [InlineData("The claims were repeated across several forums.")]
    [InlineData("The weather was mild and the roads were clear.")]
    public void Sentences_without_reported_speech_yield_no_mention(string sentence) =>
        Assert.Empty(Analyze.WithRules(sentence).Mentions);

    [Fact]
    public void A_quotation_that_runs_past_its_sentence_is_content_until_it_closes()
    {
        var m = Analyze.OnlyRuleMention("The director said: “We found nothing unusual. The samples were clean.” Work resumed later.");
        Assert.Equal("“We found nothing unusual. The samples were clean.”", m.Content);
    }
}
