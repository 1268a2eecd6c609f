using Claimtrail.Fingerprints;
using Claimtrail.Ledger;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

/// <summary>GPS in a photo's metadata is drawn on the claim's map as evidence location, with the precision the file states.</summary>
public sealed class EvidenceLocationTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_photo_with_gps_is_an_evidence_location_of_its_claims_and_one_without_is_not()
    {
        var ferry = await _desk.IngestAsync("ferry.txt", Reports.Ferry);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var now = DateTimeOffset.UtcNow;
        var located = new MediaRecord(new string('c', 64), MediaKind.Image, "image/jpeg", 1000)
        {
            Hash = new PerceptualHash(1, 2, 3, 4),
            Metadata = new MediaMetadata { Gps = new GpsFix(54.18321, -4.48115, "±12 m"), Missing = ["captureTime", "camera", "software"] },
        };
        var unlocated = new MediaRecord(new string('d', 64), MediaKind.Image, "image/jpeg", 1000) { Hash = new PerceptualHash(~1UL, ~2UL, ~3UL, ~4UL), Metadata = MediaMetadata.None };
        await ledger.StoreMediaAsync(located, new MediaSighting(located.Sha256, "https://example.org/pier.jpg", now) { ReportId = ferry.ReportId });
        await ledger.StoreMediaAsync(unlocated, new MediaSighting(unlocated.Sha256, "https://example.org/crowd.jpg", now) { ReportId = ferry.ReportId });
        var claim = (await ledger.ListClaimsAsync(new ClaimQuery { Text = "timetables" })).Claims.Single();

        var page = await _desk.Client().GetPageAsync("/claims/" + claim.Id);

        Assert.Contains("Evidence locations", page, StringComparison.Ordinal);
        Assert.Contains("data-evidence=\"true\" data-name=\"photo https://example.org/pier.jpg\" data-lat=\"54.18321\" data-lon=\"-4.48115\" data-radius=\"12\" data-precision=\"&#xB1;12 m\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-name=\"photo https://example.org/crowd.jpg\"", page, StringComparison.Ordinal);
        Assert.Contains("data-map", page, StringComparison.Ordinal);
    }
}
