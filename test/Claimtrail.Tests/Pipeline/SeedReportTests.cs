using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Pipeline;

/// <summary>The worked example of DESIGN.md §1: every table row, every response and the entities.</summary>
public sealed class SeedReportTests
{
    private const string Seed = "seed/moscow-air-defence-report.txt";
    private static readonly Lazy<AnalysisResult> Result = new(Analyze);

    [SharedDataFact(Seed)]
    public void Glued_link_text_is_repaired_before_analysis()
    {
        var text = Result.Value.Reports[0].Text;
        Assert.Contains("Moscow calling quoted from the site Meduza has published", text, StringComparison.Ordinal);
    }

    [SharedDataFact(Seed)]
    public void Claim_1_Pantsir_on_the_defence_ministry_is_from_Telegram_channels_relayed_by_Agentstvo()
    {
        var m = MentionWith("Pantsir-S1 air defense missile system");
        Assert.StartsWith("Russian Telegram channels", m.Speaker.Name, StringComparison.Ordinal);
        Assert.Equal(SourceKind.Collective, m.Speaker.Kind);
        var relay = Assert.Single(m.Relay);
        Assert.Equal(("Agentstvo", SourceKind.Outlet, "notes"), (relay.Name, relay.Kind, relay.Cue));
        Assert.Contains("which they say would show", m.Hedges);
        Assert.Contains("impossible to verify", m.Hedges);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Photo);
        Assert.Contains(m.Places, p => p.Name == "Frunzenskaya embankment" && p.Within == "Moscow");
        Assert.Equal(Stance.Asserts, m.Stance);
    }

    [SharedDataFact(Seed)]
    public void Claim_2_Pantsir_on_Teterinsky_Street_is_from_Moscow_calling_quoted_from_Meduza()
    {
        var m = MentionWith("installation of a Pantsir-S1 system");
        Assert.Equal(("Moscow calling", SourceKind.Channel), (m.Speaker.Name, m.Speaker.Kind));
        var relay = Assert.Single(m.Relay);
        Assert.Equal(("Meduza", SourceKind.Outlet, "quoted from"), (relay.Name, relay.Kind, relay.Cue));
        Assert.Contains("allegedly", m.Hedges);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Video && e.Text == "several videos");
        Assert.Contains(m.Places, p => p.Name == "Teterinsky Street" && p.Within == "Moscow");
        Assert.Contains("published several videos that allegedly show", m.Cue, StringComparison.Ordinal);
    }

    [SharedDataFact(Seed)]
    public void Claim_3_S400_in_Losiny_Ostrov_and_Timiryazev_Academy_circulated_on_Telegram_channels()
    {
        var m = MentionWith("S-400 in Losiny Ostrov National Park");
        Assert.Equal(("Russian Telegram channels", SourceKind.Collective), (m.Speaker.Name, m.Speaker.Kind));
        Assert.Empty(m.Relay);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Photo);
        Assert.Contains(m.Hedges, h => h.StartsWith("circulated", StringComparison.Ordinal));
        Assert.Contains(m.Places, p => p.Name == "Losiny Ostrov National Park" && p.Within == "Moscow");
        Assert.Contains(m.Places, p => p.Name == "Timiryazev Agricultural Academy" && p.Within == "Moscow");
        Assert.Equal(2, m.Fragments.Count);
    }

    [SharedDataFact(Seed)]
    public void Claim_4_trees_cut_down_is_claimed_by_Sirena()
    {
        var m = MentionWith("trees were cut down");
        Assert.Equal(("Sirena", SourceKind.Outlet, "claims"), (m.Speaker.Name, m.Speaker.Kind, m.Cue));
        Assert.Contains("claims", m.Hedges);
        Assert.Empty(m.Evidence);
        Assert.Contains(m.Places, p => p.Name == "Losiny Ostrov National Park");
    }

    [SharedDataFact(Seed)]
    public void Claim_5_authorities_fear_air_attacks_is_suggested_by_social_media_videos_and_photos()
    {
        var m = MentionWith("possible attacks from the air against Moscow");
        Assert.Equal("suggest", m.Cue);
        Assert.Contains("videos and photographs", m.Speaker.Name, StringComparison.Ordinal);
        Assert.Contains("impossible to verify", m.Hedges);
        Assert.Contains("rumors", m.Hedges);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Video);
        Assert.Contains(m.Evidence, e => e.Kind == EvidenceKind.Photo);
        Assert.Contains(m.Places, p => p.Name == "Moscow");
    }

    [SharedDataFact(Seed)]
    public void Claim_6_Ukrainian_forces_carried_out_the_strikes_according_to_Moscow_authorities()
    {
        var m = Mentions().Single(x => x.Content.Contains("Ukrainian armed forces carried them out", StringComparison.Ordinal) && x.Stance == Stance.Asserts);
        Assert.Equal(("Moscow authorities", SourceKind.Institution, "According to"), (m.Speaker.Name, m.Speaker.Kind, m.Cue));
        Assert.Contains(m.Places, p => p.Name == "Ryazan");
        Assert.Contains(m.Places, p => p.Name == "Saratov");
    }

    [SharedDataFact(Seed)]
    public void Claim_7_Moscow_is_already_protected_is_pointed_out_by_military_experts()
    {
        var m = MentionWith("already protected by very advanced defense systems");
        Assert.Equal(("military experts", SourceKind.Collective, "point out"), (m.Speaker.Name, m.Speaker.Kind, m.Cue));
        Assert.Contains(m.Places, p => p.Name == "Moscow");
        Assert.Contains(m.Places, p => p.Name == "Novo-Ogariovo" && p.Within == "Moscow");
    }

    [SharedDataTheory(Seed)]
    [InlineData("Moscow")]
    [InlineData("Ryazan")]
    [InlineData("Saratov")]
    public void Cities_resolve_through_the_gazetteer_to_Russia(string name)
    {
        var place = Places().First(p => p.Name == name);
        Assert.NotNull(place.Geo);
        Assert.Equal(("gazetteer", "city", "RU", false), (place.Geo.Resolution, place.Geo.Precision, place.Geo.CountryCode, place.Geo.Pending));
    }

    [SharedDataTheory(Seed)]
    [InlineData("Frunzenskaya embankment")]
    [InlineData("Teterinsky Street")]
    [InlineData("Losiny Ostrov National Park")]
    [InlineData("Timiryazev Agricultural Academy")]
    [InlineData("Novo-Ogariovo")]
    public void Places_no_gazetteer_holds_lie_within_Moscow_and_await_geolocation(string name)
    {
        var place = Places().First(p => p.Name == name);
        var moscow = Places().First(p => p.Name == "Moscow").Geo!;
        Assert.NotNull(place.Geo);
        Assert.True(place.Geo.Pending);
        Assert.Equal("within", place.Geo.Resolution);
        Assert.Equal((moscow.Latitude, moscow.Longitude), (place.Geo.Latitude, place.Geo.Longitude));
    }

    [SharedDataFact(Seed)]
    public void The_Kremlin_has_not_commented()
    {
        var m = Mentions().Single(x => x.Speaker.Name == "Kremlin");
        Assert.Equal(Stance.NoComment, m.Stance);
    }

    [SharedDataFact(Seed)]
    public void Peskov_deflects_twice_to_the_defence_ministry()
    {
        var peskov = Mentions().Where(x => x.Speaker.Name == "Dmitry Peskov").ToList();
        Assert.Equal(2, peskov.Count);
        Assert.All(peskov, m => Assert.Equal(Stance.Deflects, m.Stance));
        Assert.Contains(peskov, m => m.Cue == "told reporters");
    }

    [SharedDataFact(Seed)]
    public void Military_leaders_give_no_explanation()
    {
        var m = Mentions().Single(x => x.Speaker.Name == "military leaders");
        Assert.Equal(Stance.NoComment, m.Stance);
    }

    [SharedDataFact(Seed)]
    public void Ukraine_neither_denies_nor_confirms_claim_6_and_the_response_is_recorded_against_it()
    {
        var response = Mentions().Single(x => x.Speaker.Name == "Ukrainian armed forces");
        Assert.Equal(Stance.NoComment, response.Stance);
        var claim = Result.Value.Claims.Single(c => c.Text.Contains("Ukrainian armed forces carried them out", StringComparison.Ordinal));
        Assert.Contains(response.Id, claim.Mentions);
        Assert.Equal(2, claim.Mentions.Count);
    }

    [SharedDataFact(Seed)]
    public void Responses_to_the_rumours_are_recorded_against_the_claims_stated_before_them()
    {
        var kremlin = Mentions().Single(x => x.Speaker.Name == "Kremlin");
        var claim5 = Result.Value.Claims.Single(c => c.Text.Contains("possible attacks from the air", StringComparison.Ordinal));
        Assert.Contains(kremlin.Id, claim5.Mentions);
        Assert.DoesNotContain(Result.Value.Claims, c => c.Text == kremlin.Content);
    }

    [SharedDataFact(Seed)]
    public void Every_claim_is_unverified()
    {
        Assert.True(Result.Value.Claims.Count >= 7);
        Assert.All(Result.Value.Claims, c => Assert.Equal(ClaimStatus.Unverified, c.Status));
    }

    [SharedDataTheory(Seed)]
    [InlineData("Dmitry Peskov", EntityType.Person)]
    [InlineData("Vladimir Putin", EntityType.Person)]
    [InlineData("Kremlin", EntityType.Organisation)]
    [InlineData("Ministry of Defense", EntityType.Organisation)]
    [InlineData("Ukrainian armed forces", EntityType.Organisation)]
    [InlineData("Timiryazev Agricultural Academy", EntityType.Organisation)]
    [InlineData("Agentstvo", EntityType.Outlet)]
    [InlineData("Meduza", EntityType.Outlet)]
    [InlineData("Sirena", EntityType.Outlet)]
    [InlineData("Moscow calling", EntityType.Channel)]
    [InlineData("Pantsir-S1", EntityType.Equipment)]
    [InlineData("S-400", EntityType.Equipment)]
    [InlineData("Moscow", EntityType.Place)]
    [InlineData("Ryazan", EntityType.Place)]
    [InlineData("Saratov", EntityType.Place)]
    [InlineData("Novo-Ogariovo", EntityType.Place)]
    [InlineData("Teterinsky Street", EntityType.Place)]
    [InlineData("Losiny Ostrov National Park", EntityType.Place)]
    public void Entities_of_the_worked_example_are_found(string text, EntityType type) =>
        Assert.Contains(Result.Value.Reports[0].Entities, e => e.Text == text && e.Type == type);

    [SharedDataFact(Seed)]
    public void Every_mention_records_the_extractor_version_and_spans_point_into_the_text()
    {
        var report = Result.Value.Reports[0];
        Assert.All(report.Mentions, m =>
        {
            Assert.False(string.IsNullOrEmpty(m.Extractor));
            Assert.Equal(m.Cue, m.CueSpan.Of(report.Text));
            Assert.Equal(m.Content, string.Join(' ', m.Fragments.Select(f => f.Of(report.Text))));
            if (m.Speaker.Span is { } span)
            {
                // The name may be canonical ("Peskov" → "Dmitry Peskov"), but it names what the span says.
                var said = span.Of(report.Text);
                Assert.Contains(m.Speaker.Name.Split(' '), word => said.Contains(word, StringComparison.Ordinal));
            }
        });
    }

    private static Mention MentionWith(string content) =>
        Assert.Single(Mentions(), m => m.Content.Contains(content, StringComparison.Ordinal));

    private static IReadOnlyList<Mention> Mentions() => Result.Value.Reports[0].Mentions;

    private static IEnumerable<PlaceRef> Places() => Mentions().SelectMany(m => m.Places);

    private static AnalysisResult Analyze()
    {
        var path = SharedData.Require(Seed);
        var pipeline = AnalysisPipeline.CreateDefault();
        var report = pipeline.Analyze(new SourceDocument(path, File.ReadAllText(path), DocumentFormat.PlainText));
        return pipeline.AnalyzeAll([report]);
    }
}
