using System.Diagnostics;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Media.Tests;

public sealed class VideoTests
{
    [FfmpegFact]
    public async Task A_video_gets_a_keyframe_at_each_scene_change_and_at_least_every_five_seconds()
    {
        using var folder = new TempFolder();
        var video = folder.PathOf("clip.mp4");

        // Four seconds of one test pattern, then twelve of another: one cut, then a long still scene.
        Ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=4", "-f", "lavfi", "-i", "mandelbrot=size=320x240:rate=10",
            "-filter_complex", "[1:v]trim=duration=12,setpts=PTS-STARTPTS[b];[0:v][b]concat=n=2:v=1[v]", "-map", "[v]", "-pix_fmt", "yuv420p",
            "-metadata", "creation_time=2023-01-02T03:04:05Z", video);

        var file = await MediaFingerprinter.FingerprintAsync(video, "clip.mp4", CancellationToken.None);

        Assert.Equal((MediaKind.Video, "video/mp4", 320, 240), (file.Record.Kind, file.Record.MimeType, file.Record.Width, file.Record.Height));
        Assert.InRange(file.Record.Duration!.Value, 15.9, 16.1);
        var times = file.Record.Frames.Select(f => f.At).ToList();
        Assert.Equal(0, times[0]);
        Assert.Contains(times, t => t is >= 3.9 and <= 4.1);
        Assert.All(times.Zip(times.Skip(1)), p => Assert.InRange(p.Second - p.First, 0.05, Claimtrail.Media.Ffmpeg.MaxGap + 0.15));
        Assert.Equal("2023-01-02T03:04:05Z", file.Record.Metadata.CaptureTime);
        Assert.Equal(file.Record.Frames.Count, file.Variants.Count);
    }

    [FfmpegFact]
    public async Task A_file_that_looks_like_a_video_but_is_not_one_is_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = folder.File("fake.mp4", [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', .. new byte[500]]);

        var error = await Assert.ThrowsAsync<InputException>(() => MediaFingerprinter.FingerprintAsync(path, "fake.mp4", CancellationToken.None));

        Assert.Equal("fake.mp4", error.Input);
        Assert.StartsWith("not a readable video: ffprobe:", error.Reason, StringComparison.Ordinal);
    }

    private static void Ffmpeg(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-nostdin", "-v", "error", "-y", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
