using Claimtrail.Fingerprints;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;

namespace Claimtrail.Ledger.Testing;

/// <summary>Fingerprinted media files and their appearances.</summary>
public abstract partial class LedgerContractTests
{
    private static readonly PerceptualHash SomeHash = new(0x0123456789abcdef, 0xfedcba9876543210, 0x0f0f0f0f0f0f0f0f, 0xf0f0f0f0f0f0f0f0);

    private static MediaRecord SomePhoto(string sha256 = "aa11") => new(sha256, MediaKind.Image, "image/jpeg", 123_456)
    {
        Width = 1600,
        Height = 1200,
        Hash = SomeHash,
        MirrorHash = new PerceptualHash(1, 2, 3, 4),
        Metadata = new MediaMetadata
        {
            CaptureTime = "2022-12-05T14:03:00+03:00",
            CaptureTimeSource = "exif DateTimeOriginal",
            Camera = "Apple iPhone 12",
            Gps = new GpsFix(55.7267, 37.5856, "±5 m"),
            Missing = ["software"],
        },
    };

    [LedgerFact]
    public async Task A_media_file_reads_back_with_its_fingerprints_metadata_and_appearances()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var report = Some.Report("The channel said that a radar stands on a roof.") with { Published = new DateTimeOffset(2026, 2, 27, 21, 15, 0, TimeSpan.FromHours(3)) };
        await ledger.StoreAsync(report, []);
        var video = new MediaRecord("bb22", MediaKind.Video, "video/mp4", 9_000_000)
        {
            Width = 1280,
            Height = 720,
            Duration = 12.48,
            Frames = [new MediaFrame(0, SomeHash), new MediaFrame(5.005, new PerceptualHash(5, 6, 7, 8))],
        };
        var photo = SomePhoto();

        Assert.True(await ledger.StoreMediaAsync(photo, new MediaSighting(photo.Sha256, "photos/photo_1.jpg", Clock.GetUtcNow()) { ReportId = report.Id }));
        Assert.True(await ledger.StoreMediaAsync(photo, new MediaSighting(photo.Sha256, "/desk/inbox/roof.jpg", Clock.GetUtcNow().AddHours(1))));
        Assert.True(await ledger.StoreMediaAsync(video, new MediaSighting(video.Sha256, "video_files/roof.mp4", Clock.GetUtcNow()) { ReportId = report.Id }));

        var stored = await ledger.GetMediaAsync(photo.Sha256);
        Assert.NotNull(stored);
        Assert.Equal(Json(photo), Json(stored.Media));
        Assert.Equal(
            [
                new MediaSighting(photo.Sha256, "photos/photo_1.jpg", Clock.GetUtcNow()) { ReportId = report.Id, Published = report.Published },
                new MediaSighting(photo.Sha256, "/desk/inbox/roof.jpg", Clock.GetUtcNow().AddHours(1)),
            ],
            stored.Sightings);
        Assert.Equal(report.Published, stored.FirstSeen?.Appeared);

        var all = new List<MediaDetail>();
        await foreach (var detail in ledger.ListMediaAsync())
        {
            all.Add(detail);
        }

        Assert.Equal([photo.Sha256, video.Sha256], all.Select(d => d.Media.Sha256));
        Assert.Equal(Json(video), Json(all[1].Media));
        Assert.Null(await ledger.GetMediaAsync("cc33"));

        // The fingerprints alone: the same records in the same order, metadata left unread.
        var fingerprints = new List<MediaRecord>();
        await foreach (var record in ledger.ListMediaFingerprintsAsync())
        {
            fingerprints.Add(record);
        }

        Assert.Equal([Json(photo with { Metadata = new MediaMetadata() }), Json(video with { Metadata = new MediaMetadata() })], fingerprints.Select(Json));
    }

    [LedgerFact]
    public async Task A_file_stored_again_keeps_its_first_record_and_an_appearance_is_kept_once()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var photo = SomePhoto();
        var sighting = new MediaSighting(photo.Sha256, "inbox/roof.jpg", Clock.GetUtcNow());

        Assert.True(await ledger.StoreMediaAsync(photo, sighting));
        Assert.False(await ledger.StoreMediaAsync(photo with { Width = 10, Metadata = MediaMetadata.None }, sighting with { SeenAt = Clock.GetUtcNow().AddDays(1) }));

        var stored = await ledger.GetMediaAsync(photo.Sha256);
        Assert.Equal(1600, stored?.Media.Width);
        Assert.Equal([sighting], stored?.Sightings);
    }

    [LedgerFact]
    public async Task An_appearance_in_a_report_the_ledger_lacks_is_refused_and_nothing_of_it_is_kept()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var photo = SomePhoto();

        await Assert.ThrowsAsync<LedgerException>(() => ledger.StoreMediaAsync(photo, new MediaSighting(photo.Sha256, "photos/photo_1.jpg", Clock.GetUtcNow()) { ReportId = "sha256:missing" }));

        Assert.Null(await ledger.GetMediaAsync(photo.Sha256));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, Claimtrail.Json.AnalysisJson.Compact);
}
