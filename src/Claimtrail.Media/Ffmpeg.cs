using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>
/// Video keyframes through Debian's <c>ffmpeg</c> and <c>ffprobe</c> (found on PATH), run as child processes with their
/// arguments passed one by one (never through a shell). Keyframes are scene changes (ffmpeg's scene score above
/// <see cref="SceneThreshold"/>), the first frame, and at least one every <see cref="MaxGap"/> seconds; ffmpeg reduces
/// each to a small grey picture (160×160) piped to the hasher, so no frame image is written to disk; the hash and the
/// crop windows' hashes are reduced from it as an image's are.
/// </summary>
public static class Ffmpeg
{
    /// <summary>The scene-change score (0–1) above which a frame starts a new scene.</summary>
    public const double SceneThreshold = 0.3;

    /// <summary>The longest stretch, in seconds, without a keyframe.</summary>
    public const double MaxGap = 5;

    /// <summary>The most keyframes taken from one video (a 40-minute video at one every 5 s).</summary>
    public const int MaxFrames = 500;

    /// <summary>How long one video may take before it is given up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    // Frames come out of ffmpeg at this size, grey: enough for the crop windows (90% of it, at 5% steps) to be reduced to the
    // hash's grid by area averaging as an image's are.
    private const int FrameSide = 160;

    private const int FrameBytes = FrameSide * FrameSide;

    /// <summary>True when <c>ffmpeg</c> and <c>ffprobe</c> can be found on PATH.</summary>
    public static bool IsAvailable => Find("ffmpeg") is not null && Find("ffprobe") is not null;

    /// <summary>Probes and fingerprints the video at <paramref name="path"/> (named <paramref name="input"/> in errors).</summary>
    /// <exception cref="InputException">ffmpeg is missing, or the file is not a video it can read.</exception>
    public static async Task<VideoFingerprint> FingerprintAsync(string path, string input, CancellationToken cancellationToken)
    {
        var ffprobe = Find("ffprobe") ?? throw new InputException(input, "ffprobe not found on PATH: install the Debian package ffmpeg to fingerprint videos");
        var ffmpeg = Find("ffmpeg") ?? throw new InputException(input, "ffmpeg not found on PATH: install the Debian package ffmpeg to fingerprint videos");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            var (width, height, duration) = await ProbeAsync(ffprobe, path, input, limit.Token).ConfigureAwait(false);
            var (frames, crops) = await KeyframesAsync(ffmpeg, path, input, limit.Token).ConfigureAwait(false);
            if (frames.Count == 0)
            {
                throw new InputException(input, "video has no decodable frame");
            }

            return new VideoFingerprint(width, height, duration, frames) { Crops = crops };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException(input, $"ffmpeg took longer than {Timeout.TotalMinutes:0} minutes; given up");
        }
    }

    /// <summary>
    /// Runs <c>ffmpeg</c> with <paramref name="arguments"/> (quiet, never asking, overwriting), to make videos for a test
    /// set; a failure is an <see cref="InputException"/> naming <paramref name="output"/> with ffmpeg's last message.
    /// </summary>
    public static async Task EncodeAsync(IReadOnlyList<string> arguments, string output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var ffmpeg = Find("ffmpeg") ?? throw new InputException(output, "ffmpeg not found on PATH: install the Debian package ffmpeg");
        var (code, _, error) = await RunAsync(ffmpeg, ["-nostdin", "-hide_banner", "-nostats", "-loglevel", "error", "-y", .. arguments, output], null, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InputException(output, "ffmpeg: " + LastLine(error));
        }
    }

    private static async Task<(int Width, int Height, double? Duration)> ProbeAsync(string ffprobe, string path, string input, CancellationToken cancellationToken)
    {
        var (code, output, error) = await RunAsync(ffprobe, ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "--", path], null, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InputException(input, "not a readable video: ffprobe: " + LastLine(error));
        }

        try
        {
            using var json = JsonDocument.Parse(output);
            var video = json.RootElement.TryGetProperty("streams", out var streams)
                ? streams.EnumerateArray().FirstOrDefault(s => s.TryGetProperty("codec_type", out var type) && type.ValueEquals("video"))
                : default;
            if (video.ValueKind != JsonValueKind.Object || !video.TryGetProperty("width", out var w) || !video.TryGetProperty("height", out var h))
            {
                throw new InputException(input, "not a video: the file has no video stream");
            }

            double? duration = json.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
                && double.TryParse(d.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
            return (w.GetInt32(), h.GetInt32(), duration);
        }
        catch (JsonException ex)
        {
            throw new InputException(input, "not a readable video: ffprobe gave no description", null, ex);
        }
    }

    private static async Task<(List<(double, IReadOnlyList<PerceptualHash>)> Frames, List<PerceptualHash> Crops)> KeyframesAsync(string ffmpeg, string path, string input, CancellationToken cancellationToken)
    {
        var select = string.Create(CultureInfo.InvariantCulture, $"select='isnan(prev_selected_t)+gt(scene\\,{SceneThreshold})+gte(t-prev_selected_t\\,{MaxGap})',showinfo,scale={FrameSide}:{FrameSide}:flags=area,format=gray");
        var frames = new List<(double, IReadOnlyList<PerceptualHash>)>();
        var crops = new List<PerceptualHash>();
        var times = new List<double>();
        string[] arguments = ["-nostdin", "-hide_banner", "-nostats", "-loglevel", "info", "-i", path, "-an", "-sn", "-dn", "-vf", select, "-fps_mode", "vfr", "-frames:v", MaxFrames.ToString(CultureInfo.InvariantCulture), "-f", "rawvideo", "pipe:1"];
        var (code, _, error) = await RunAsync(ffmpeg, arguments, async stdout =>
        {
            var buffer = new byte[FrameBytes];
            var frame = new float[FrameBytes];
            while (await stdout.ReadAtLeastAsync(buffer, FrameBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) == FrameBytes)
            {
                for (var i = 0; i < FrameBytes; i++)
                {
                    frame[i] = buffer[i];
                }

                frames.Add((0, PdqHasher.Hash(PdqHasher.Reduce(frame, FrameSide, FrameSide))));
                crops.AddRange(ImageDecoder.CropHashes(frame, FrameSide, FrameSide));
            }
        }, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InputException(input, "not a readable video: ffmpeg: " + LastLine(error));
        }

        foreach (var line in error.Split('\n'))
        {
            var at = line.IndexOf(" pts_time:", StringComparison.Ordinal);
            if (line.Contains("Parsed_showinfo", StringComparison.Ordinal) && at >= 0)
            {
                var rest = line.AsSpan(at + 10).TrimStart();
                var end = rest.IndexOf(' ');
                times.Add(double.TryParse(end < 0 ? rest : rest[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : double.NaN);
            }
        }

        for (var i = 0; i < frames.Count; i++)
        {
            frames[i] = (i < times.Count && double.IsFinite(times[i]) ? Math.Round(times[i], 3) : double.NaN, frames[i].Item2);
        }

        return (frames, crops);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string program, IReadOnlyList<string> arguments, Func<Stream, Task>? readOutput, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        try
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            string output = string.Empty;
            if (readOutput is null)
            {
                output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await readOutput(process.StandardOutput.BaseStream).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return (process.ExitCode, output, await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw;
        }
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "failed without a message" : lines[^1];
    }

    private static string? Find(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
