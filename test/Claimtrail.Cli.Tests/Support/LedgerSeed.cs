using Claimtrail.Ledger;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Claimtrail.Cli.Tests.Support;

/// <summary>
/// Fills a ledger file through the ledger itself with hand-built reports, so the read commands are tested
/// on known mentions whatever the extraction rules find.
/// </summary>
public static class LedgerSeed
{
    public const string TunnelText =
        "Engineers from the transport agency said on Friday that the old tunnel under Žižkov hill was safe, " +
        "citing inspection photos, as first reported by the Evening Courier.";

    public const string FollowUpText =
        "A week later the transport agency again said that the old tunnel under Žižkov hill was safe.";

    public const string TunnelClaim = "the old tunnel under Žižkov hill was safe";

    public static DateTimeOffset Now { get; } = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    public static Report Tunnel() => Some.Report(TunnelText, (id, t) =>
    {
        var span = Some.SpanOf(t, TunnelClaim);
        return
        [
            new Mention
            {
                Id = ContentId.ForMention(id, span.Start, span.End, Some.SpanOf(t, "said on Friday").Start),
                Span = span,
                Fragments = [span],
                Content = TunnelClaim,
                Speaker = new Speaker("Engineers from the transport agency", SourceKind.Collective, Some.SpanOf(t, "Engineers from the transport agency")),
                Cue = "said on Friday",
                CueSpan = Some.SpanOf(t, "said on Friday"),
                Relay = [new RelayLink("the Evening Courier", SourceKind.Outlet, "as first reported by", Some.SpanOf(t, "the Evening Courier"))],
                Hedges = [],
                Evidence = [new EvidenceRef(EvidenceKind.Photo, "inspection photos", Some.SpanOf(t, "inspection photos"))],
                Places = [new PlaceRef("Žižkov hill", "Prague", Some.SpanOf(t, "Žižkov hill"))],
                Extractor = Some.Extractor,
            },
        ];
    }, source: "tunnel.txt") with { Title = "Tunnel declared safe" };

    public static Report FollowUp() => Some.Report(
        FollowUpText,
        (id, t) => [Some.Mention(id, t, "the transport agency", "again said", TunnelClaim)],
        source: "follow-up.txt");

    /// <summary>Stores both reports in the ledger <paramref name="db"/> names (a file or a connection string); the tunnel claim is stated in each.</summary>
    public static async Task<string> WriteAsync(string db)
    {
        var clock = new FakeTimeProvider(Now);
        var opened = await LedgerFactory.OpenAsync(LedgerTarget.Parse(db), create: true, clock);
        await using var ledger = opened.Ledger;
        await ledger.StoreAsync(Tunnel(), Some.ClaimsOf(Tunnel()));
        clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.StoreAsync(FollowUp(), Some.ClaimsOf(FollowUp()));
        return Some.Claim(TunnelClaim).Id;
    }
}
