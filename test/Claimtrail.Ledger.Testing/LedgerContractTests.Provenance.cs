using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Provenance;

namespace Claimtrail.Ledger.Testing;

/// <summary>Sightings, provenance (origins, first appearance, spread) and claim embeddings.</summary>
public abstract partial class LedgerContractTests
{
    private const string DamClaim = "the Elmstead reservoir dam has cracked";

    private static readonly DateTimeOffset DamMorning = new(2026, 4, 11, 6, 0, 0, TimeSpan.FromHours(2));

    [LedgerFact]
    public async Task Twenty_reports_relaying_three_channels_give_three_origins_and_the_earliest_first_appearance()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var claimId = await StoreDamStoryAsync(ledger);

        var provenance = await ledger.GetProvenanceAsync(claimId);

        Assert.NotNull(provenance);
        Assert.Equal(20, provenance.Appearances.Count);
        Assert.Equal(["Ridge Observer", "Valley Alerts", "Mara Kell"], provenance.Origins.Select(o => o.Agent.Name));
        Assert.Equal(20, provenance.Origins.Sum(o => o.Appearances));
        var first = provenance.FirstAppearance;
        Assert.NotNull(first);
        Assert.Equal(ContentId.ForReport(DamText("Ridge Observer", 0)), first.ReportId);
        Assert.Equal(DamMorning.AddMinutes(40), first.Time);
        Assert.True(first.Published);
        Assert.Equal(3, provenance.Appearances.Count(a => a.NewOrigin));
        Assert.Equal(3, provenance.Timeline[^1].Origins);
        Assert.Equal(20, provenance.Timeline.Sum(d => d.Appearances));
        var listed = Assert.Single((await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.MostOrigins })).Claims);
        Assert.Equal(3, listed.OriginCount);
    }

    [LedgerFact]
    public async Task A_report_citing_an_unnamed_source_adds_one_origin()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var claimId = await StoreDamStoryAsync(ledger);
        var text = "A source at the waterworks said that the Elmstead reservoir dam has cracked.";
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "A source at the waterworks", "said", DamClaim, SourceKind.Unknown)], "waterworks.txt")
            with { Publisher = "Evening Ledger", Published = DamMorning.AddHours(9) };

        await ledger.StoreAsync(report, [Some.Claim(DamClaim, report.Mentions[0])]);
        var provenance = await ledger.GetProvenanceAsync(claimId);

        Assert.NotNull(provenance);
        Assert.Equal(4, provenance.Origins.Count);
        Assert.StartsWith("unnamed:", provenance.Origins[^1].Agent.Id, StringComparison.Ordinal);
        Assert.Equal(report.Id, provenance.Origins[^1].FirstReportId);
        Assert.Equal(4, (await ledger.ListClaimsAsync(new ClaimQuery())).Claims.Single().OriginCount);
    }

    [LedgerFact]
    public async Task The_same_text_from_another_channel_is_kept_as_a_sighting_and_adds_no_origin()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var original = DamReport("Valley Alerts", DamText("Valley Alerts", 0), "Valley Alerts", SourceKind.Channel, DamMorning.AddHours(2), []);
        var copy = original with
        {
            Source = "river-feed.jsonl#77",
            Publisher = "River Feed",
            Published = DamMorning.AddHours(3),
            Post = new PostMetadata { Platform = "telegram", PostId = "77", ForwardedFrom = "Valley Alerts" },
        };

        await ledger.StoreAsync(original, [Some.Claim(DamClaim, original.Mentions[0])]);
        Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(copy, []));
        Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(copy, []));
        Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(original, []));

        var sighting = Assert.Single(await ToListAsync(ledger.ListSightingsAsync()));
        Assert.Equal(original.Id, sighting.ReportId);
        Assert.Equal("River Feed", sighting.Publisher);
        Assert.Equal("Valley Alerts", sighting.Post?.ForwardedFrom);
        Assert.Equal(DamMorning.AddHours(3), sighting.Published);
        var provenance = await ledger.GetProvenanceAsync(Some.Claim(DamClaim).Id);
        Assert.NotNull(provenance);
        Assert.Equal(2, provenance.Appearances.Count);
        Assert.Equal(AppearanceKind.Sighting, provenance.Appearances[1].Kind);
        Assert.Equal("Valley Alerts", Assert.Single(provenance.Origins).Agent.Name);
        Assert.Contains(provenance.Edges, e => e.Relation == ProvenanceRelation.ForwardedFrom && e.To == "agent:valley alerts");
    }

    [LedgerFact]
    public async Task A_sighting_of_a_report_the_ledger_lacks_is_refused()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var sighting = new ReportSighting { ReportId = ContentId.ForReport("never stored"), Source = "elsewhere.txt", SightedAt = Clock.GetUtcNow() };

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.RecordSightingAsync(sighting));

        Assert.Contains("no such report", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ToListAsync(ledger.ListSightingsAsync()));
    }

    [LedgerFact]
    public async Task A_denial_is_a_response_and_never_an_origin()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var claimId = await StoreDamStoryAsync(ledger);
        var text = "The water board denied that the Elmstead reservoir dam has cracked.";
        var denial = Some.Mention(ContentId.ForReport(text), text, "The water board", "denied", DamClaim) with { Stance = Stance.Denies };
        var report = Some.Report(text, (_, _) => [denial], "board.txt") with { Published = DamMorning.AddHours(10) };

        await ledger.StoreAsync(report, [Some.Claim(DamClaim, denial)]);
        var provenance = await ledger.GetProvenanceAsync(claimId);

        Assert.NotNull(provenance);
        Assert.Equal(3, provenance.Origins.Count);
        var response = Assert.Single(provenance.Responses);
        Assert.Equal(Stance.Denies, response.Stance);
        Assert.Equal("The water board", response.Speaker?.Name);
    }

    [LedgerFact]
    public async Task Claims_sort_by_most_independent_origins()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        const string Ferry = "the town ferry will stop on Sundays";
        const string Bridge = "the old bridge will reopen in May";
        for (var i = 0; i < 3; i++)
        {
            var text = $"Ferry Line {i} repeated, citing Harbour Radio, that {Ferry}.";
            var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "Harbour Radio", "citing", Ferry, SourceKind.Outlet)], $"ferry-{i}.txt");
            await ledger.StoreAsync(report, [Some.Claim(Ferry, report.Mentions[0])]);
        }

        foreach (var speaker in new[] { "The mayor", "The county engineer" })
        {
            var text = $"{speaker} said that {Bridge}.";
            var report = Some.Report(text, (id, t) => [Some.Mention(id, t, speaker, "said", Bridge, SourceKind.Person)], $"{speaker}.txt");
            await ledger.StoreAsync(report, [Some.Claim(Bridge, report.Mentions[0])]);
        }

        var byOrigins = await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.MostOrigins });
        var byReports = await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.MostReports });

        Assert.Equal([Some.Claim(Bridge).Id, Some.Claim(Ferry).Id], byOrigins.Claims.Select(c => c.Id));
        Assert.Equal([2, 1], byOrigins.Claims.Select(c => c.OriginCount));
        Assert.Equal([Some.Claim(Ferry).Id, Some.Claim(Bridge).Id], byReports.Claims.Select(c => c.Id));
    }

    [LedgerFact]
    public async Task Claim_embeddings_are_kept_once_per_model_in_order_with_a_watermark()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var claimId = await StoreDamStoryAsync(ledger);
        float[] vector = [0.6f, 0.8f, 0f];

        Assert.Equal(1, await ledger.AddClaimEmbeddingsAsync([new ClaimEmbedding(claimId, "test-model/1", vector)]));
        Assert.Equal(0, await ledger.AddClaimEmbeddingsAsync([new ClaimEmbedding(claimId, "test-model/1", [1f, 0f, 0f])]));
        Assert.Equal(1, await ledger.AddClaimEmbeddingsAsync([new ClaimEmbedding(claimId, "other-model/2", [0f, 1f])]));

        var watermark = await ledger.GetEmbeddingWatermarkAsync("test-model/1");
        var stored = Assert.Single(await ToListAsync(ledger.ReadClaimEmbeddingsAsync("test-model/1", 0)));
        Assert.Equal(new EmbeddingWatermark(stored.Sequence, 1), watermark);
        Assert.Equal(vector, stored.Embedding.Vector);
        Assert.Empty(await ToListAsync(ledger.ReadClaimEmbeddingsAsync("test-model/1", watermark.Sequence)));
        Assert.Equal(2, (await ToListAsync(ledger.ReadClaimEmbeddingsAsync(null, 0))).Count);
        Assert.Equal(new EmbeddingWatermark(0, 0), await ledger.GetEmbeddingWatermarkAsync("absent/0"));
    }

    [LedgerFact]
    public async Task A_new_claim_is_stored_with_the_embedding_it_carries_and_a_known_one_keeps_its_own()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var first = DamReport("Valley Alerts", DamText("Valley Alerts", 0), "Valley Alerts", SourceKind.Channel, DamMorning, []);
        var second = DamReport("Ridge Observer", DamText("Ridge Observer", 0), "Ridge Observer", SourceKind.Outlet, DamMorning.AddHours(1), []);
        var claim = Some.Claim(DamClaim);

        await ledger.StoreAsync(first, [Some.Claim(DamClaim, first.Mentions[0]) with { Embedding = new ClaimEmbedding(claim.Id, "test-model/1", [0.6f, 0.8f]) }]);
        await ledger.StoreAsync(second, [Some.Claim(DamClaim, second.Mentions[0]) with { Embedding = new ClaimEmbedding(claim.Id, "test-model/1", [1f, 0f]) }]);

        var stored = Assert.Single(await ToListAsync(ledger.ReadClaimEmbeddingsAsync("test-model/1", 0)));
        Assert.Equal(claim.Id, stored.Embedding.ClaimId);
        Assert.Equal([0.6f, 0.8f], stored.Embedding.Vector);
    }

    [LedgerFact]
    public async Task A_claim_carrying_another_claims_embedding_is_refused_and_nothing_of_the_report_is_stored()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var report = DamReport("Valley Alerts", DamText("Valley Alerts", 0), "Valley Alerts", SourceKind.Channel, DamMorning, []);

        await Assert.ThrowsAsync<LedgerException>(() => ledger.StoreAsync(
            report, [Some.Claim(DamClaim, report.Mentions[0]) with { Embedding = new ClaimEmbedding("c-another", "test-model/1", [1f]) }]));

        Assert.False(await ledger.ContainsReportAsync(report.Id));
        Assert.Equal(new EmbeddingWatermark(0, 0), await ledger.GetEmbeddingWatermarkAsync("test-model/1"));
    }

    [LedgerFact]
    public async Task An_embedding_of_an_unknown_claim_or_a_broken_vector_stores_nothing()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var claimId = await StoreDamStoryAsync(ledger);

        await Assert.ThrowsAsync<LedgerException>(() => ledger.AddClaimEmbeddingsAsync(
            [new ClaimEmbedding(claimId, "test-model/1", [1f, 0f]), new ClaimEmbedding("claim:absent", "test-model/1", [1f, 0f])]));
        await Assert.ThrowsAsync<LedgerException>(() => ledger.AddClaimEmbeddingsAsync([new ClaimEmbedding(claimId, "test-model/1", [float.NaN, 0f])]));
        await Assert.ThrowsAsync<LedgerException>(() => ledger.AddClaimEmbeddingsAsync([new ClaimEmbedding(claimId, "test-model/1", [])]));

        Assert.Equal(new EmbeddingWatermark(0, 0), await ledger.GetEmbeddingWatermarkAsync("test-model/1"));
    }

    /// <summary>
    /// Three independent origins (Ridge Observer first, at 06:40; Valley Alerts; the hydrologist Mara Kell, via
    /// County Desk) and seventeen reports that relay them: by citation, quotation, forward with a comment, and word
    /// for word from other channels (sightings). Stored out of time order. Returns the claim id.
    /// </summary>
    private static async Task<string> StoreDamStoryAsync(ILedger ledger)
    {
        var claim = Some.Claim(DamClaim);
        (string Name, SourceKind Kind, DateTimeOffset At)[] origins =
        [
            ("Valley Alerts", SourceKind.Channel, DamMorning.AddHours(2)),
            ("Ridge Observer", SourceKind.Outlet, DamMorning.AddMinutes(40)),
            ("Mara Kell", SourceKind.Person, DamMorning.AddHours(3)),
        ];
        var originals = new Report[3];
        for (var o = 0; o < origins.Length; o++)
        {
            var (name, kind, at) = origins[o];
            var publisher = kind == SourceKind.Person ? "County Desk" : name;
            originals[o] = DamReport(publisher, DamText(name, 0), name, kind, at, []);
            await StoreAsync(originals[o]);
        }

        for (var i = 1; i <= 17; i++)
        {
            var (name, kind, at) = origins[i % 3];
            var publisher = $"Relay Desk {i}";
            var when = at.AddMinutes(30 + (7 * i));
            switch (i % 4)
            {
                case 0:
                    await StoreAsync(DamReport(publisher, DamText(name, i), name, kind, when, []));
                    break;
                case 1:
                    await StoreAsync(DamReport(publisher, DamText(name, i), name, kind, when, [new RelayLink($"Wire {i}", SourceKind.Outlet, "quoted from")]));
                    break;
                case 2:
                    // A forward with a comment of its own: a new text, forwarded from the origin's publisher.
                    var forward = DamReport(publisher, DamText(name, i), name, kind, when, []);
                    await StoreAsync(forward with { Post = new PostMetadata { Platform = "telegram", ForwardedFrom = originals[i % 3].Publisher } });
                    break;
                default:
                    // Word for word from another channel: the same report, seen again.
                    var copy = originals[i % 3] with { Source = $"copies.jsonl#{i}", Publisher = publisher, Published = when };
                    Assert.Equal(StoreOutcome.Duplicate, await ledger.StoreAsync(copy, [Some.Claim(DamClaim, copy.Mentions[0])]));
                    break;
            }
        }

        return claim.Id;

        async Task StoreAsync(Report report) =>
            Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(report, [Some.Claim(DamClaim, report.Mentions[0])]));
    }

    private static string DamText(string speaker, int variant) => variant switch
    {
        0 => $"{speaker} said this morning that {DamClaim}.",
        _ => $"Update {variant}: {speaker} said that {DamClaim}, and crews are on their way.",
    };

    private static Report DamReport(string publisher, string text, string speaker, SourceKind kind, DateTimeOffset published, IReadOnlyList<RelayLink> relay) =>
        Some.Report(text, (id, t) => [Some.Mention(id, t, speaker, "said", DamClaim, kind) with { Relay = relay }], $"{publisher}.txt")
            with { Publisher = publisher, Published = published };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
