using Claimtrail.Geo;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Web.Services;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

/// <summary>The desk's ingest resolves places through the ledger's desk gazetteer, as the CLI's does.</summary>
public sealed class DeskGazetteerIngestTests
{
    private const string Radar =
        "Radar on a roof\n\n" +
        "Local Telegram channels claimed that a radar had been installed on a roof in Wharf Street in Cardiff.\n";

    private const string FollowUp =
        "Radar story spreads\n\n" +
        "Bloggers claimed that a second radar stood in Wharf Street in Cardiff.\n";

    [Fact]
    public async Task A_street_placed_while_the_desk_runs_resolves_in_the_next_report_it_ingests()
    {
        using var desk = new DeskFactory(("Desk:Matching", "false"));
        var ledger = desk.Services.GetRequiredService<ILedger>();

        var before = await desk.IngestAsync("radar", Radar);
        Assert.True(await ledger.AddDeskPlaceAsync(new DeskPlace("Wharf Street", new GeoPoint(51.4746, -3.1689), "Cardiff", PlacePrecision.Street, "kerb matched in the second video")));
        var after = await desk.IngestAsync("follow-up", FollowUp);

        var pending = await WharfStreetAsync(ledger, before);
        Assert.True(pending.Pending);
        Assert.NotEqual("desk", pending.Resolution);
        var placed = await WharfStreetAsync(ledger, after);
        Assert.Equal("desk", placed.Resolution);
        Assert.False(placed.Pending);
        Assert.Equal(51.4746, placed.Latitude);
        Assert.Equal(-3.1689, placed.Longitude);
    }

    [Fact]
    public async Task The_pipeline_is_built_again_only_when_the_desk_gazetteer_changes()
    {
        using var desk = new DeskFactory();
        var pipelines = desk.Services.GetRequiredService<LedgerPipeline>();

        var first = await pipelines.CurrentAsync(CancellationToken.None);
        var unchanged = await pipelines.CurrentAsync(CancellationToken.None);
        await desk.Services.GetRequiredService<ILedger>().AddDeskPlaceAsync(new DeskPlace("Wharf Street", new GeoPoint(51.4746, -3.1689), "Cardiff", PlacePrecision.Street));
        var changed = await pipelines.CurrentAsync(CancellationToken.None);

        Assert.Same(first, unchanged);
        Assert.NotSame(first, changed);
        Assert.Same(changed, await pipelines.CurrentAsync(CancellationToken.None));
    }

    private static async Task<PlaceLocation> WharfStreetAsync(ILedger ledger, IngestResult result)
    {
        var claim = Assert.Single(result.Claims);
        var detail = await ledger.GetClaimAsync(claim.Id);
        Assert.NotNull(detail);
        var place = detail.Mentions
            .Where(m => m.ReportId == result.ReportId)
            .SelectMany(m => m.Mention.Places)
            .First(p => p.Name == "Wharf Street");
        return place.Geo!;
    }
}
