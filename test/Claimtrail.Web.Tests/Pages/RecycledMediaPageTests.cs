using System.Net;
using System.Text.Json;
using Claimtrail.Fingerprints;
using Claimtrail.Ledger;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

/// <summary>Possibly recycled media on the claim page, and the claim list's and API's filter to the claims that carry it.</summary>
public sealed class RecycledMediaPageTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_photo_seen_a_month_before_the_report_flags_its_claims_on_the_claim_page_the_list_and_the_api()
    {
        var harbour = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var ferry = await _desk.IngestAsync("ferry.txt", Reports.Ferry);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var now = DateTimeOffset.UtcNow;
        var photo = new MediaRecord(new string('a', 64), MediaKind.Image, "image/jpeg", 1000) { Hash = new PerceptualHash(1, 2, 3, 4), Metadata = MediaMetadata.None };
        var fresh = new MediaRecord(new string('b', 64), MediaKind.Image, "image/jpeg", 1000) { Hash = new PerceptualHash(~1UL, ~2UL, ~3UL, ~4UL), Metadata = MediaMetadata.None };

        // The ferry report's photo was on disk a month earlier; the harbour report's photo is new.
        await ledger.StoreMediaAsync(photo, new MediaSighting(photo.Sha256, "/archive/harbour-2024.jpg", now.AddDays(-30)));
        await ledger.StoreMediaAsync(photo, new MediaSighting(photo.Sha256, "https://example.org/ferry.jpg", now) { ReportId = ferry.ReportId });
        await ledger.StoreMediaAsync(fresh, new MediaSighting(fresh.Sha256, "https://example.org/harbour.jpg", now) { ReportId = harbour.ReportId });
        var client = _desk.Client();
        var timetables = (await ledger.ListClaimsAsync(new ClaimQuery { Text = "timetables" })).Claims.Single();
        var dockworkers = (await ledger.ListClaimsAsync(new ClaimQuery { Text = "dockworkers" })).Claims.Single();

        var flaggedPage = await client.GetPageAsync("/claims/" + timetables.Id);
        var cleanPage = await client.GetPageAsync("/claims/" + dockworkers.Id);
        var list = await client.GetPageAsync("/?recycled=1");
        var all = await client.GetPageAsync("/");
        var api = await client.GetStringAsync("/api/claims?recycled=1&q=timetables");
        using var invalid = await client.GetAsync("/api/claims?recycled=maybe");

        Assert.Contains("Possibly recycled media", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("as file /archive/harbour-2024.jpg", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("https://example.org/ferry.jpg", flaggedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Possibly recycled media", cleanPage, StringComparison.Ordinal);
        Assert.Contains("https://example.org/harbour.jpg", cleanPage, StringComparison.Ordinal);
        Assert.Contains("timetables would change", list, StringComparison.Ordinal);
        Assert.Contains("the northern harbour will close for repairs", list, StringComparison.Ordinal);
        Assert.DoesNotContain("dockworkers were not consulted", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\" selected=\"selected\">Possibly recycled</option>", list, StringComparison.Ordinal);
        Assert.Contains("dockworkers were not consulted", all, StringComparison.Ordinal);
        using var page = JsonDocument.Parse(api);
        Assert.Equal(timetables.Id, Assert.Single(page.RootElement.GetProperty("claims").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
