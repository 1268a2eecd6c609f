using System.Text.Json;
using Claimtrail.Geo;
using Claimtrail.Json;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Microsoft.Extensions.Time.Testing;

namespace Claimtrail.Ledger.Testing;

/// <summary>
/// What every ledger engine must do. An engine's test project derives from this class and says how to
/// open a fresh, empty ledger for each test (and the same one again when a test reopens it).
/// </summary>
public abstract partial class LedgerContractTests
{
    private const string HarbourText =
        "The port authority said on Monday that the northern harbour will close for repairs. " +
        "A union spokesman claimed that dockworkers were not consulted.";

    private const string FerryText =
        "Commuters were warned again. The port authority said that the northern harbour will close for repairs, " +
        "and the ferry company added that timetables would change.";

    protected LedgerContractTests()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    }

    /// <summary>The clock the ledger is opened with.</summary>
    protected FakeTimeProvider Clock { get; }

    /// <summary>Opens this test's ledger: empty on the first call, the same store on later calls.</summary>
    protected abstract Task<ILedger> OpenLedgerAsync(TimeProvider clock);

    [LedgerFact]
    public async Task A_stored_report_reads_back_with_every_mention_field()
    {
        var text = "Several videos allegedly show a radar on a roof in Teterinsky Street, the channel Moscow calling posted, " +
                   "as quoted from the site Meduza.";
        var report = Some.Report(text, (id, t) =>
        {
            var span = Some.SpanOf(t, "a radar on a roof in Teterinsky Street");
            return
            [
                new Mention
                {
                    Id = Pipeline.ContentId.ForMention(id, span.Start, span.End, Some.SpanOf(t, "posted").Start),
                    Span = span,
                    Fragments = [span],
                    Content = "a radar on a roof in Teterinsky Street",
                    Speaker = new Speaker("Moscow calling", SourceKind.Channel, Some.SpanOf(t, "Moscow calling")),
                    Cue = "posted",
                    CueSpan = Some.SpanOf(t, "posted"),
                    Relay = [new RelayLink("Meduza", SourceKind.Outlet, "quoted from", Some.SpanOf(t, "Meduza"))],
                    Stance = Stance.Asserts,
                    Hedges = ["allegedly"],
                    Evidence = [new EvidenceRef(EvidenceKind.Video, "Several videos", Some.SpanOf(t, "Several videos"))],
                    Places = [new PlaceRef("Teterinsky Street", "Moscow", Some.SpanOf(t, "Teterinsky Street"))],
                    Entities = [new EntityMention("Meduza", EntityType.Outlet, Some.SpanOf(t, "Meduza"))],
                    CheckWorthiness = 0.4375,
                    Extractor = Some.Extractor,
                },
            ];
        }) with { Title = "Radar on a roof", Publisher = "Desk Weekly", Published = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(3)) };
        var claim = Some.Claim("A radar stands on a roof in Teterinsky Street", report.Mentions[0]);

        await using var ledger = await OpenLedgerAsync(Clock);
        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(report, [claim]));
        var detail = await ledger.GetClaimAsync(claim.Id);

        Assert.NotNull(detail);
        Assert.Equal(claim.Text, detail.Text);
        Assert.Equal(ClaimStatus.Unverified, detail.Status);
        Assert.Equal(Clock.GetUtcNow(), detail.FirstSeen);
        var stored = Assert.Single(detail.Mentions);
        Assert.Equal(report.Id, stored.ReportId);
        Assert.Equal(Contract(report.Mentions[0]), Contract(stored.Mention));
        var source = Assert.Single(detail.Reports);
        Assert.Equal(new ReportSummary(report.Id, report.Source, report.Title, report.Language, report.Published, report.Publisher, Clock.GetUtcNow()), source);
    }

    [LedgerFact]
    public async Task Storing_the_same_report_twice_changes_nothing()
    {
        var report = Harbour();
        await using var ledger = await OpenLedgerAsync(Clock);

        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(report, Some.ClaimsOf(report)));
        var before = await ledger.CountAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(report, Some.ClaimsOf(report)));
        var after = await ledger.CountAsync();

        Assert.Equal(new LedgerCounts(1, 2, 2, 2), before);
        Assert.Equal(before, after);
        var page = await ledger.ListClaimsAsync(new ClaimQuery());
        Assert.All(page.Claims, c => Assert.Equal(1, c.MentionCount));
        Assert.All(page.Claims, c => Assert.Equal(Clock.GetUtcNow() - TimeSpan.FromHours(1), c.FirstSeen));
    }

    [LedgerFact]
    public async Task A_claim_stated_in_two_reports_lists_both_reports()
    {
        var harbour = Harbour();
        var ferry = Ferry();
        var shared = "the northern harbour will close for repairs";
        await using var ledger = await OpenLedgerAsync(Clock);

        await ledger.StoreAsync(harbour, Some.ClaimsOf(harbour));
        var firstSeen = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ledger.StoreAsync(ferry, Some.ClaimsOf(ferry));

        var id = Some.Claim(shared).Id;
        var summary = Assert.Single((await ledger.ListClaimsAsync(new ClaimQuery())).Claims, c => c.Id == id);
        Assert.Equal(2, summary.MentionCount);
        Assert.Equal(2, summary.ReportCount);
        Assert.Equal(firstSeen, summary.FirstSeen);
        var detail = await ledger.GetClaimAsync(id);
        Assert.NotNull(detail);
        Assert.Equal([harbour.Id, ferry.Id], detail.Reports.Select(r => r.Id));
        Assert.Equal([harbour.Id, ferry.Id], detail.Mentions.Select(m => m.ReportId));
        Assert.All(detail.Mentions, m => Assert.Equal("The port authority", m.Mention.Speaker.Name));
        Assert.Equal(3, (await ledger.CountAsync()).Claims);
    }

    [LedgerFact]
    public async Task A_source_named_in_several_reports_is_stored_once()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        await ledger.StoreAsync(Ferry(), Some.ClaimsOf(Ferry()));

        // The port authority, the union spokesman, the ferry company.
        Assert.Equal(3, (await ledger.CountAsync()).Sources);
    }

    [LedgerTheory]
    [InlineData("dockworkers")]
    [InlineData("DOCKWORKERS consulted")]
    [InlineData("dock*")]
    public async Task Search_finds_a_claim_by_its_words(string query)
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = query });

        var found = Assert.Single(page.Claims);
        Assert.Equal("dockworkers were not consulted", found.Text);
        Assert.Equal(1, page.Total);
    }

    [LedgerFact]
    public async Task Search_finds_a_claim_by_a_word_only_its_mentions_use()
    {
        var text = "Residents told the council that the old bridge was swaying in the wind.";
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "Residents", "told the council", "the old bridge was swaying in the wind", SourceKind.Collective)]);
        var claim = Some.Claim("The bridge is unsafe", report.Mentions[0]);
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, [claim]);

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = "swaying" });

        Assert.Equal(claim.Id, Assert.Single(page.Claims).Id);
    }

    [LedgerTheory]
    [InlineData("Meduza")]
    [InlineData("moscow calling")]
    public async Task Search_finds_a_claim_by_who_stated_or_relayed_it(string query)
    {
        var text = "The channel Moscow calling said that a convoy crossed the river, as quoted from Meduza.";
        var report = Some.Report(text, (id, t) =>
        [
            Some.Mention(id, t, "The channel Moscow calling", "said", "a convoy crossed the river", SourceKind.Channel) with
            {
                Relay = [new RelayLink("Meduza", SourceKind.Outlet, "quoted from", Some.SpanOf(t, "Meduza"))],
            },
        ]);
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, Some.ClaimsOf(report));
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = query });

        Assert.Equal("a convoy crossed the river", Assert.Single(page.Claims).Text);
    }

    [LedgerTheory]
    [InlineData("Kyiv")]
    [InlineData("kyïv")]
    [InlineData("Ostrov")]
    [InlineData("óstrov")]
    public async Task Search_ignores_diacritics_on_either_side(string query)
    {
        var text = "A blogger in Kyïv wrote that trees in Losiny Óstrov were cut down.";
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "A blogger in Kyïv", "wrote", "trees in Losiny Óstrov were cut down", SourceKind.Person)]);
        var claim = Some.Claim("Trees in Losiny Óstrov near Kyïv were cut down", report.Mentions[0]);
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, [claim]);

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = query });

        Assert.Equal(claim.Id, Assert.Single(page.Claims).Id);
    }

    [LedgerTheory]
    [InlineData("Pantsir-S1")]
    [InlineData("\"Pantsir")]
    [InlineData("S1 OR")]
    public async Task Search_treats_punctuation_and_operators_as_text(string query)
    {
        var text = "A channel said that a Pantsir-S1 stood on the roof.";
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "A channel", "said", "a Pantsir-S1 stood on the roof", SourceKind.Channel)]);
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, Some.ClaimsOf(report));

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = query });

        Assert.Equal(query.EndsWith("OR", StringComparison.Ordinal) ? 0 : 1, page.Claims.Count);
    }

    [LedgerFact]
    public async Task Search_without_a_match_returns_an_empty_page()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = "volcano" });

        Assert.Empty(page.Claims);
        Assert.Equal(0, page.Total);
    }

    [LedgerFact]
    public async Task Listing_pages_through_claims_newest_first()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var text = $"Officials said that shipment {i} arrived late.";
            var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "Officials", "said", $"shipment {i} arrived late", SourceKind.Collective)]);
            await ledger.StoreAsync(report, Some.ClaimsOf(report));
            ids.Add(Some.ClaimsOf(report)[0].Id);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await ledger.ListClaimsAsync(new ClaimQuery { Limit = 2 });
        var third = await ledger.ListClaimsAsync(new ClaimQuery { Limit = 2, Offset = 4 });

        Assert.Equal(5, first.Total);
        Assert.Equal([ids[4], ids[3]], first.Claims.Select(c => c.Id));
        Assert.Equal([ids[0]], third.Claims.Select(c => c.Id));
    }

    [LedgerFact]
    public async Task An_unknown_claim_id_reads_as_null()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        Assert.Null(await ledger.GetClaimAsync("c-0000000000000000"));
    }

    [LedgerFact]
    public async Task A_claim_listing_a_mention_of_another_report_is_refused_and_nothing_is_stored()
    {
        var harbour = Harbour();
        var ferry = Ferry();
        await using var ledger = await OpenLedgerAsync(Clock);

        await Assert.ThrowsAsync<LedgerException>(() => ledger.StoreAsync(harbour, Some.ClaimsOf(ferry)));

        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task A_store_cancelled_before_it_starts_stores_nothing()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()), cancelled.Token));

        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task What_was_stored_is_there_after_reopening()
    {
        await using (var ledger = await OpenLedgerAsync(Clock))
        {
            await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));
        }

        await using var reopened = await OpenLedgerAsync(Clock);

        Assert.Equal(new LedgerCounts(1, 2, 2, 2), await reopened.CountAsync());
        Assert.Equal(StoreOutcome.Duplicate, await reopened.StoreAsync(Harbour(), Some.ClaimsOf(Harbour())));
        Assert.Single((await reopened.ListClaimsAsync(new ClaimQuery { Text = "harbour" })).Claims);
    }

    [LedgerFact]
    public async Task A_report_without_mentions_is_stored_and_counted()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(Some.Report("Nothing is attributed in this sentence."), []));

        Assert.Equal(new LedgerCounts(1, 0, 0, 0), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task The_claims_of_one_report_list_newest_first_in_the_order_they_were_given()
    {
        var text = "Officials said that the bridge reopened. Drivers said that queues formed. Police said that a lane closed.";
        var report = Some.Report(text, (id, t) =>
        [
            Some.Mention(id, t, "Officials", "said", "the bridge reopened", SourceKind.Collective),
            Some.Mention(id, t, "Drivers", "said", "queues formed", SourceKind.Collective),
            Some.Mention(id, t, "Police", "said", "a lane closed"),
        ]);
        var claims = Some.ClaimsOf(report);
        var given = new[] { claims[2], claims[0], claims[1] };
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(report, given);

        var page = await ledger.ListClaimsAsync(new ClaimQuery());

        Assert.Equal(given.Select(c => c.Id).Reverse(), page.Claims.Select(c => c.Id));
    }

    [LedgerFact]
    public async Task Times_are_kept_to_the_microsecond()
    {
        Clock.Advance(TimeSpan.FromTicks(1_234_567));
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var claim = Assert.Single((await ledger.ListClaimsAsync(new ClaimQuery { Text = "dockworkers" })).Claims);
        var detail = await ledger.GetClaimAsync(claim.Id);

        var expected = Clock.GetUtcNow().AddTicks(-7);
        Assert.Equal(expected, claim.FirstSeen);
        Assert.Equal(expected, Assert.Single(detail!.Reports).IngestedAt);
    }

    [LedgerFact]
    public async Task Export_gives_every_report_in_ingest_order_with_its_mentions_and_the_claims_they_state()
    {
        var harbour = Harbour();
        var ferry = Ferry();
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(harbour, Some.ClaimsOf(harbour));
        var first = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ledger.StoreAsync(ferry, Some.ClaimsOf(ferry));
        await ledger.StoreAsync(Some.Report("Nothing is attributed in this sentence."), []);

        var entries = new List<LedgerEntry>();
        await foreach (var entry in ledger.ExportAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal(3, entries.Count);
        Assert.Equal([harbour.Id, ferry.Id, Some.Report("Nothing is attributed in this sentence.").Id], entries.Select(e => e.Report.Id));
        Assert.Equal([first, first.AddMinutes(5), first.AddMinutes(5)], entries.Select(e => e.IngestedAt));
        Assert.Equal(harbour.Text, entries[0].Report.Text);
        Assert.Equal(harbour.Mentions.Select(Contract), entries[0].Report.Mentions.Select(Contract));
        Assert.Equal(Some.ClaimsOf(harbour).Select(c => (c.Id, c.Text, c.Status, string.Join(' ', c.Mentions))), entries[0].Claims.Select(c => (c.Id, c.Text, c.Status, string.Join(' ', c.Mentions))));

        // The shared claim carries only the ferry report's mention there, though it first appeared in the harbour report.
        Assert.Equal(Some.ClaimsOf(ferry).Select(c => (c.Id, string.Join(' ', c.Mentions))), entries[1].Claims.Select(c => (c.Id, string.Join(' ', c.Mentions))));
        Assert.Empty(entries[2].Claims);
    }

    [LedgerFact]
    public async Task Contains_report_says_whether_a_report_id_is_stored()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var harbour = Harbour();

        Assert.False(await ledger.ContainsReportAsync(harbour.Id));
        await ledger.StoreAsync(harbour, Some.ClaimsOf(harbour));

        Assert.True(await ledger.ContainsReportAsync(harbour.Id));
        Assert.False(await ledger.ContainsReportAsync(Ferry().Id));
    }

    [LedgerFact]
    public async Task A_report_with_post_metadata_is_stored_once_like_any_other()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var post = Some.Report("Residents claimed that the bridge is closed.") with
        {
            Post = new PostMetadata
            {
                Platform = "telegram",
                PostId = "42",
                Author = "Ivan",
                ForwardedFrom = "Harbour Watch",
                ReplyTo = "41",
                Edited = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero),
                Location = new GeoPoint(55.7, 37.6),
                Media = [new MediaItem("photo", "photos/1.jpg") { MimeType = "image/jpeg", Size = 1000 }, new MediaItem("video", null)],
            },
        };

        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(post, []));
        Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(post, []));

        Assert.True(await ledger.ContainsReportAsync(post.Id));
        Assert.Equal(1, (await ledger.CountAsync()).Reports);
    }

    [LedgerFact]
    public async Task Export_gives_a_report_its_post_metadata_and_media_as_stored_and_an_article_none()
    {
        var post = Some.Report("Residents claimed that the bridge is closed.") with
        {
            Post = new PostMetadata
            {
                Platform = "telegram",
                PostId = "42",
                Url = "https://t.me/harbour/42",
                Author = "Ivan",
                ForwardedFrom = "Harbour Watch",
                ReplyTo = "41",
                Edited = new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.FromHours(3)),
                Fetched = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero),
                Location = new GeoPoint(55.7, 37.6),
                Media =
                [
                    new MediaItem("photo", "photos/1.jpg") { MimeType = "image/jpeg", Size = 1000 },
                    new MediaItem("video", null),
                    new MediaItem("document", "https://example.org/a.pdf") { Sha256 = new string('a', 64) },
                ],
            },
        };
        var mediaOnly = Some.Report("Nothing is attributed in this sentence either.") with
        {
            Post = new PostMetadata { Media = [new MediaItem("sticker", null)] },
        };
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.StoreAsync(post, []);
        await ledger.StoreAsync(mediaOnly, []);
        await ledger.StoreAsync(Harbour(), Some.ClaimsOf(Harbour()));

        var entries = new List<LedgerEntry>();
        await foreach (var entry in ledger.ExportAsync())
        {
            entries.Add(entry);
        }

        var stored = entries[0].Report.Post!;
        Assert.Equal(post.Post with { Edited = post.Post.Edited!.Value.ToUniversalTime() }, stored with { Media = post.Post.Media });
        Assert.Equal(TimeSpan.Zero, stored.Edited!.Value.Offset);
        Assert.Equal(post.Post.Media, stored.Media);
        Assert.Equal([new MediaItem("sticker", null)], entries[1].Report.Post!.Media);
        Assert.Null(entries[2].Report.Post);

        // The forward is a relay edge from a channel source, filed like any other source.
        Assert.Equal(new LedgerCounts(3, 3, 2, 2), await ledger.CountAsync());
    }

    protected static Report Harbour() => Some.Report(HarbourText, (id, t) =>
    [
        Some.Mention(id, t, "The port authority", "said on Monday", "the northern harbour will close for repairs"),
        Some.Mention(id, t, "A union spokesman", "claimed", "dockworkers were not consulted", SourceKind.Person),
    ]);

    protected static Report Ferry() => Some.Report(FerryText, (id, t) =>
    [
        Some.Mention(id, t, "The port authority", "said", "the northern harbour will close for repairs"),
        Some.Mention(id, t, "the ferry company", "added", "timetables would change"),
    ]);

    private static string Contract(Mention mention) => JsonSerializer.Serialize(mention, AnalysisJson.Compact);
}
