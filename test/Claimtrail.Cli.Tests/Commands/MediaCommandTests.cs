using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Tests.Support;
using SkiaSharp;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary>Photos and videos in the ledger: <c>ingest</c> of media files and of an export's media, <c>media find</c>, <c>media show</c>, <c>claims --recycled</c>.</summary>
public sealed class MediaCommandTests : IDisposable
{
    // The same photo posted in 2023, then mirrored and resized in a 2024 post that says it shows last night's events.
    private const string Export = """
        {
         "name": "Moscow calling",
         "type": "public_channel",
         "id": 1234567,
         "messages": [
          {"id": 1, "type": "message", "date_unixtime": "1672574400", "photo": "photos/photo_1.jpg", "text": "Snow in the park this morning."},
          {"id": 2, "type": "message", "date_unixtime": "1709319600", "photo": "photos/photo_2.jpg",
           "text": "The channel claimed that a Pantsir-S1 was installed on the roof of the ministry last night, photos allegedly show."},
          {"id": 3, "type": "message", "date_unixtime": "1709319700", "photo": "../outside.jpg", "text": "Residents said that the street was closed."},
          {"id": 4, "type": "message", "date_unixtime": "1709319800", "photo": "photos/broken.jpg", "text": "The mayor said that the bridge is open."},
          {"id": 7, "type": "message", "date_unixtime": "1709320100", "photo": "photos/missing.jpg", "text": "The police said that the square is calm."},
          {"id": 5, "type": "message", "date_unixtime": "1709319900", "photo": "(File not included. Change data exporting settings to download.)", "text": "Officials said that the metro runs."},
          {"id": 6, "type": "message", "date_unixtime": "1709320000", "file": "files/statement.pdf", "mime_type": "application/pdf", "text": "The ministry said that the statement is attached."}
         ]
        }
        """;

    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_tells_photos_and_videos_by_content_and_media_find_lists_where_a_copy_appeared()
    {
        using var photo = TestImages.Photo(21, 800, 600);
        using var half = TestImages.Resize(photo, 0.5);
        var original = _folder.File("roof.jpg", TestImages.Jpeg(photo));
        var renamed = _folder.File("roof-copy.dat", TestImages.Jpeg(half, 40));
        var broken = _folder.File("broken.jpg", TestImages.Jpeg(photo)[..3000]);
        var article = _folder.File("article.txt", "The mayor said that the bridge is closed.");

        var ingest = await CliRun.RunAsync("ingest", original, broken, article, "--db", Db);
        var again = await CliRun.RunAsync("ingest", original, "--db", Db);
        var find = await CliRun.RunAsync("media", "find", renamed, "--db", Db);
        var json = await CliRun.RunAsync("media", "find", renamed, _folder.File("other.png", TestImages.Png(TestImages.Photo(22))), "--json", "--db", Db);

        Assert.Equal(ExitCodes.Failed, ingest.ExitCode);
        Assert.Equal(2, ingest.ErrorLines.Count);
        Assert.Equal($"claimtrail: {broken}: truncated image: the file ends before the picture does", ingest.ErrorLines[0]);
        Assert.Equal("claimtrail: ingest: 3 read, 2 new, 0 duplicate, 1 failed", ingest.ErrorLines[1]);
        Assert.Equal("claimtrail: ingest: 1 read, 0 new, 1 duplicate, 0 failed", Assert.Single(again.ErrorLines));
        Assert.Equal(ExitCodes.Success, find.ExitCode);
        Assert.StartsWith($"{renamed}: 1 matching files", find.Out, StringComparison.Ordinal);
        Assert.Contains($"seen  file {original}", find.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var results = document.RootElement.GetProperty("results");
        Assert.Equal("claimtrail.media-find/1", document.RootElement.GetProperty("schema").GetString());
        var match = Assert.Single(results[0].GetProperty("matches").EnumerateArray());
        Assert.InRange(match.GetProperty("distance").GetInt32(), 0, 30);
        Assert.Equal(original, Assert.Single(match.GetProperty("appearances").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Empty(results[1].GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task Format_media_refuses_a_file_that_is_no_photo_or_video_and_media_show_names_missing_metadata()
    {
        var text = _folder.File("notes.mp4", "this is text, whatever its name says");
        var photo = _folder.File("plain.jpg", TestImages.Jpeg(TestImages.Photo(3)));

        var ingest = await CliRun.RunAsync("ingest", "--format", "media", text, photo, "--db", Db);
        var show = await CliRun.RunAsync("media", "show", photo, "--db", Db);
        var json = await CliRun.RunAsync("media", "show", photo, "--json", "--db", Db);

        Assert.Equal([$"claimtrail: {text}: not a photo or video: its content is no image or video format this reads", "claimtrail: ingest: 2 read, 1 new, 0 duplicate, 1 failed"], ingest.ErrorLines);
        Assert.Contains("capture time     missing", show.Out, StringComparison.Ordinal);
        Assert.Contains("gps              missing", show.Out, StringComparison.Ordinal);
        Assert.Contains("no EXIF, XMP or QuickTime metadata", show.Out, StringComparison.Ordinal);
        Assert.Contains($"seen  file {photo}", show.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(["captureTime", "camera", "gps", "software"], document.RootElement.GetProperty("media").GetProperty("metadata").GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.True(document.RootElement.GetProperty("stored").GetBoolean());
    }

    [Fact]
    public async Task An_export_s_photos_are_fingerprinted_and_a_recycled_one_flags_its_claim_with_the_earlier_post()
    {
        var export = WriteExport();

        var ingest = await CliRun.RunAsync("ingest", export, "--db", Db);
        var recycled = await CliRun.RunAsync("claims", "--recycled", "--json", "--db", Db);
        var text = await CliRun.RunAsync("claims", "--recycled", "--db", Db);

        Assert.Equal(ExitCodes.Failed, ingest.ExitCode);
        Assert.Equal(
            [
                $"claimtrail: {export} (message 4): media photos/broken.jpg: truncated image: the file ends before the picture does",
                "claimtrail: ingest: 8 read, 7 new, 0 duplicate, 1 failed (1 unreadable media), 2 skipped (1 attachment not a photo or video, 1 media path outside export)",
            ],
            ingest.ErrorLines);
        using var document = JsonDocument.Parse(recycled.Out);
        var claim = Assert.Single(document.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Contains("Pantsir-S1", claim.GetProperty("text").GetString(), StringComparison.Ordinal);
        var flagged = Assert.Single(document.RootElement.GetProperty("recycled").GetProperty(claim.GetProperty("id").GetString()!).EnumerateArray());
        var finding = flagged.GetProperty("possiblyRecycled");
        Assert.Equal("photos/photo_2.jpg", flagged.GetProperty("reference").GetString());
        Assert.Equal("photos/photo_1.jpg", finding.GetProperty("earlier").GetProperty("reference").GetString());
        Assert.Equal("2023-01-01T12:00:00+00:00", finding.GetProperty("earlier").GetProperty("published").GetString());
        Assert.NotEqual(flagged.GetProperty("sha256").GetString(), finding.GetProperty("earlierSha256").GetString());
        Assert.Contains("possibly recycled: media photos/photo_2.jpg", text.Out, StringComparison.Ordinal);

        var detail = await CliRun.RunAsync("claim", claim.GetProperty("id").GetString()!, "--json", "--db", Db);
        using var claimDocument = JsonDocument.Parse(detail.Out);
        var media = Assert.Single(claimDocument.RootElement.GetProperty("media").EnumerateArray());
        Assert.Equal(claimDocument.RootElement.GetProperty("claim").GetProperty("mentions")[0].GetProperty("mention").GetProperty("id").GetString(), media.GetProperty("mentions")[0].GetString());
        Assert.True(media.TryGetProperty("possiblyRecycled", out _));
    }

    [Fact]
    public async Task Analyze_against_the_ledger_adds_the_recycled_photo_of_a_report_stored_there_to_the_analysis_json()
    {
        await CliRun.RunAsync("ingest", WriteExport(), "--db", Db);
        var post = _folder.PathOf("post.txt");
        File.WriteAllText(post, "The channel claimed that a Pantsir-S1 was installed on the roof of the ministry last night, photos allegedly show.");
        var other = _folder.PathOf("other.txt");
        File.WriteAllText(other, "The governor said that the roads were cleared.");

        var withLedger = await CliRun.RunAsync("analyze", post, other, "--json", "--db", Db);
        var text = await CliRun.RunAsync("analyze", post, "--db", Db);
        var without = await CliRun.RunAsync("analyze", post, "--json");

        Assert.Equal(ExitCodes.Success, withLedger.ExitCode);
        using var document = JsonDocument.Parse(withLedger.Out);
        Assert.Equal("claimtrail.analysis/1", document.RootElement.GetProperty("schema").GetString());
        var report = document.RootElement.GetProperty("reports")[0];
        var media = Assert.Single(document.RootElement.GetProperty("media").EnumerateArray());
        Assert.Equal(report.GetProperty("id").GetString(), media.GetProperty("reportId").GetString());
        Assert.Equal(report.GetProperty("mentions")[0].GetProperty("id").GetString(), media.GetProperty("mentions")[0].GetString());
        Assert.Equal("photos/photo_2.jpg", media.GetProperty("reference").GetString());
        var earlier = media.GetProperty("possiblyRecycled").GetProperty("earlier");
        Assert.Equal("photos/photo_1.jpg", earlier.GetProperty("reference").GetString());
        Assert.Equal("2023-01-01T12:00:00+00:00", earlier.GetProperty("published").GetString());
        Assert.Contains("possibly recycled: media photos/photo_2.jpg", text.Out, StringComparison.Ordinal);
        using var plain = JsonDocument.Parse(without.Out);
        Assert.False(plain.RootElement.TryGetProperty("media", out _));
    }

    [Fact]
    public async Task A_ledger_with_media_moves_through_jsonl_to_another_ledger_and_exports_the_same_bytes()
    {
        var export = WriteExport();
        await CliRun.RunAsync("ingest", export, _folder.File("loose.jpg", TestImages.Jpeg(TestImages.Photo(40))), "--db", Db);
        var copy = _folder.PathOf("copy.db");

        var first = await CliRun.RunAsync("export", "--format", "jsonl", "--db", Db);
        var import = await CliRun.RunAsync("import", _folder.File("ledger.jsonl", first.Out), "--db", copy);
        var second = await CliRun.RunAsync("export", "--format", "jsonl", "--db", copy);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("claimtrail: import: 3 media appearances", import.ErrorLines);
        Assert.Equal(3, first.Out.Split('\n').Count(l => l.StartsWith("{\"media\":", StringComparison.Ordinal)));
        Assert.Equal(first.Out, second.Out);
        Assert.Equal((await CliRun.RunAsync("claims", "--recycled", "--json", "--db", Db)).Out, (await CliRun.RunAsync("claims", "--recycled", "--json", "--db", copy)).Out);
    }

    private string WriteExport()
    {
        var export = Directory.CreateDirectory(_folder.PathOf("export")).FullName;
        Directory.CreateDirectory(Path.Combine(export, "photos"));
        using var photo = TestImages.Photo(31, 1000, 700);
        using var repost = Mirror(TestImages.Resize(photo, 0.6));
        File.WriteAllBytes(Path.Combine(export, "photos", "photo_1.jpg"), TestImages.Jpeg(photo));
        File.WriteAllBytes(Path.Combine(export, "photos", "photo_2.jpg"), TestImages.Jpeg(repost, 60));
        File.WriteAllBytes(Path.Combine(export, "photos", "broken.jpg"), TestImages.Jpeg(photo)[..8000]);
        File.WriteAllBytes(_folder.PathOf("outside.jpg"), TestImages.Jpeg(TestImages.Photo(32)));
        Directory.CreateDirectory(Path.Combine(export, "files"));
        File.WriteAllText(Path.Combine(export, "files", "statement.pdf"), "%PDF-1.4 a statement");
        var path = Path.Combine(export, "result.json");
        File.WriteAllText(path, Export);
        return path;
    }

    private static SKBitmap Mirror(SKBitmap source)
    {
        var mirrored = new SKBitmap(source.Width, source.Height);
        using var canvas = new SKCanvas(mirrored);
        canvas.Scale(-1, 1, source.Width / 2f, 0);
        canvas.DrawBitmap(source, 0, 0);
        source.Dispose();
        return mirrored;
    }
}
