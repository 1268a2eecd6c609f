using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Media.Evaluation;
using SkiaSharp;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval media DIR [--threshold BITS] [--build-from SOURCE…] [--font FILE] [--videos]</c>: scores near-duplicate
/// matching on a test set of originals and transformed copies, optionally building it first from photographs; with
/// <c>--videos</c>, also on video clips made from its originals with ffmpeg.
/// </summary>
public static class EvalMediaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("DIR") { Description = "The test set: originals/NAME.jpg and copies/TRANSFORM/NAME.jpg (written there first with --build-from)." };
        var threshold = ThresholdOption.Create();
        var buildFrom = new Option<string[]>("--build-from")
        {
            Description = "Build DIR first from the photographs in these files and folders (searched recursively): each is reduced to 1600 px and written as an original, then resized 50%, re-encoded at JPEG quality 40, cropped 10%, overlaid with a caption and logo, mirrored, turned 2° and colour-shifted.",
            HelpName = "SOURCE",
            AllowMultipleArgumentsPerToken = true,
        };
        var font = new Option<string?>("--font") { Description = "A TrueType font file for the overlay's text (default: the system's).", HelpName = "FILE" };
        var videos = new Option<bool>("--videos")
        {
            Description = "Also score videos: DIR/videos holds slideshow clips of three originals each (made with ffmpeg when missing, or again with --build-from) and copies re-encoded, resized, cropped, overlaid, mirrored, colour-shifted and cut; each is fingerprinted by its keyframes.",
        };
        var command = new Command("media", "Score perceptual-hash matching: per transformation, the share of copies matched to their original; and the false-match rate among distinct originals.")
        {
            folder,
            threshold,
            buildFrom,
            font,
            videos,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(folder)!, parse.GetValue(threshold), parse.GetValue(buildFrom) ?? [], parse.GetValue(font), parse.GetValue(videos), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string folder, int threshold, string[] buildFrom, string? fontFile, bool videos, CancellationToken cancellationToken)
    {
        var problems = 0;
        void Report(string message)
        {
            problems++;
            context.Error.WriteLine("claimtrail: " + message);
        }

        try
        {
            if (buildFrom.Length > 0)
            {
                using var typeface = fontFile is null ? null : SKTypeface.FromFile(fontFile) ?? throw new InputException(fontFile, "not a font file");
                var photos = MediaTestSet.Collect(buildFrom);
                var built = MediaTestSet.Build(folder, photos, typeface, Report);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claimtrail: eval media: built {folder} from {built} photographs ({photos.Count} found)"));
            }

            var result = MediaEvaluator.Evaluate(folder, threshold, Report);
            Write(context.Out, result);
            if (videos)
            {
                if (buildFrom.Length > 0 || !Directory.Exists(Path.Combine(folder, VideoTestSet.Folder, MediaTestSet.Originals)))
                {
                    var clips = await VideoTestSet.BuildAsync(folder, Report, cancellationToken).ConfigureAwait(false);
                    await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: eval media: built {clips} clips of {VideoTestSet.PhotosPerClip} originals in {Path.Combine(folder, VideoTestSet.Folder)}")).ConfigureAwait(false);
                }

                Write(context.Out, await VideoEvaluator.EvaluateAsync(folder, threshold, Report, cancellationToken).ConfigureAwait(false));
            }

            return problems > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
        catch (InputException ex)
        {
            context.Error.WriteLine("claimtrail: " + ex.Message);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"claimtrail: {folder}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }

    private static void Write(TextWriter output, VideoEvaluation result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"videos: {result.Originals} clips, {result.MeanKeyframes:0.0} keyframes each, threshold {result.Threshold} of {PerceptualHash.Bits} bits, a match needs {MediaSearch.VideoShare:0%} of the copy's keyframes"));
        foreach (var s in result.Scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{VideoTestSet.Name(s.Transform),-9} matched {s.MatchedShare:0.000} ({s.Matched}/{s.Copies})  wrong {s.WrongMatches}  keyframes matched {s.FrameShare:0.000} of {s.MeanKeyframes:0.0} per copy"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"distinct  false matches {result.FalseMatches}/{result.DistinctPairs} pairs = {result.FalseMatchRate:0.0000}"));
    }

    private static void Write(TextWriter output, MediaEvaluation result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"media: {result.Originals} originals, threshold {result.Threshold} of {PerceptualHash.Bits} bits, mirrors searched"));
        foreach (var s in result.Scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{MediaTestSet.Name(s.Transform),-9} matched {s.MatchedShare:0.000} ({s.Matched}/{s.Copies})  wrong {s.WrongMatches}  distance mean {s.MeanDistance:0.0} p95 {s.P95Distance} max {s.MaxDistance}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"distinct  false matches {result.FalseMatches}/{result.DistinctPairs} pairs = {result.FalseMatchRate:0.0000}  closest pair {result.ClosestDistinct} bits"));
        output.WriteLine("sweep: threshold, matched share per transformation, false-match rate");
        foreach (var (t, matched, rate) in result.Sweep)
        {
            var shares = string.Join(" ", matched.Select(m => string.Create(CultureInfo.InvariantCulture, $"{MediaTestSet.Name(m.Key)}={m.Value:0.000}")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t,3}  {shares}  fmr={rate:0.0000}"));
        }
    }
}
