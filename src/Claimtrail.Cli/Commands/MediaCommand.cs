using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Json;
using Claimtrail.Ledger;
using Claimtrail.Cli.Output;
using Claimtrail.Media;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail media find FILE…</c>: where else a photo or video has appeared in the ledger;
/// <c>claimtrail media show FILE|SHA256</c>: a media file's fingerprints, metadata and appearances.
/// </summary>
public static class MediaCommand
{
    /// <summary>The version of <c>media find --json</c>.</summary>
    public const string FindSchema = "claimtrail.media-find/1";

    /// <summary>The version of <c>media show --json</c>.</summary>
    public const string ShowSchema = "claimtrail.media/1";

    /// <summary>Builds the parent command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("media", "Fingerprinted photos and videos: find where else one appeared, show one's metadata and appearances.");
        command.Subcommands.Add(CreateFind(context));
        command.Subcommands.Add(CreateShow(context));
        return command;
    }

    private static Command CreateFind(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Photos or videos to look for.", Arity = ArgumentArity.OneOrMore };
        var threshold = ThresholdOption.Create();
        var json = new Option<bool>("--json") { Description = $"Write the matches as JSON ({FindSchema})." };
        var db = LedgerOption.Create();
        var command = new Command("find", "List every stored photo or video that looks like FILE (resized, recompressed, cropped a little, overlaid, mirrored), closest first, with each appearance: report, source and time, or the path of a file ingested from disk.")
        {
            files,
            threshold,
            json,
            db,
        };
        command.SetAction((parse, cancellationToken) => FindAsync(context, parse.GetValue(files)!, parse.GetValue(threshold), parse.GetValue(json), LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var file = new Argument<string>("FILE|SHA256") { Description = "A photo or video file, or the SHA-256 of a stored one." };
        var json = new Option<bool>("--json") { Description = $"Write it as JSON ({ShowSchema})." };
        var db = LedgerOption.Create();
        var command = new Command("show", "Show a media file's fingerprints and embedded metadata (capture time, camera, GPS and its precision, editing software; missing fields named as missing), and where the ledger has seen it, first appearance first.")
        {
            file,
            json,
            db,
        };
        command.SetAction((parse, cancellationToken) => ShowAsync(context, parse.GetValue(file)!, parse.GetValue(json), LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static async Task<int> FindAsync(CliContext context, string[] files, int threshold, bool json, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        // The query files first: a run whose files all fail reads nothing from the ledger.
        var failed = 0;
        var queries = new List<(string Path, MediaFile File)>();
        foreach (var path in files)
        {
            try
            {
                queries.Add((path, await MediaFingerprinter.FingerprintAsync(path, path, cancellationToken).ConfigureAwait(false)));
            }
            catch (InputException ex)
            {
                failed++;
                await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            }
        }

        var results = new List<FindResult>();
        var storedFiles = 0;
        try
        {
            // Only the hashes are read for the index; a matching file's appearances are read when it is listed.
            var search = queries.Count > 0 ? await MediaSearch.LoadAsync(ledger, threshold, cancellationToken).ConfigureAwait(false) : new MediaSearch(threshold);
            storedFiles = search.Files;

            var reports = new Dictionary<string, ReportSummary?>(StringComparer.Ordinal);
            foreach (var (path, file) in queries)
            {
                var matches = new List<FoundMedia>();
                foreach (var match in search.Find(file.Probe))
                {
                    var stored = await ledger.GetMediaAsync(match.Sha256, cancellationToken).ConfigureAwait(false);
                    var appearances = stored is null ? [] : await MediaLedger.AppearancesAsync(ledger, stored.Sightings, reports, cancellationToken).ConfigureAwait(false);
                    matches.Add(new FoundMedia(match.Sha256, match.Kind, match.Distance, match.MatchedFrames, match.QueryFrames, appearances));
                }

                results.Add(new FindResult(path, file.Record.Sha256, file.Record.Kind, matches));
            }
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new FindDocument(FindSchema, threshold, results), AnalysisJson.Options)).ConfigureAwait(false);
        }
        else
        {
            foreach (var result in results)
            {
                await WriteFindAsync(context.Out, result).ConfigureAwait(false);
            }
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: media find: {files.Length - failed} searched, {failed} failed, among {storedFiles} stored files")).ConfigureAwait(false);
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task WriteFindAsync(TextWriter output, FindResult result)
    {
        if (result.Matches.Count == 0)
        {
            await output.WriteLineAsync($"{result.Input}: no match").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Input}: {result.Matches.Count} matching files")).ConfigureAwait(false);
        foreach (var match in result.Matches)
        {
            var frames = match.QueryFrames > 1 ? string.Create(CultureInfo.InvariantCulture, $", {match.MatchedFrames}/{match.QueryFrames} keyframes") : string.Empty;
            var same = string.Equals(match.Sha256, result.Sha256, StringComparison.Ordinal) ? ", the same file" : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  distance {match.Distance,3}  {Names.Of(match.Kind)} {match.Sha256}{frames}{same}")).ConfigureAwait(false);
            foreach (var a in match.Appearances)
            {
                await output.WriteLineAsync("    " + Describe(a)).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> ShowAsync(CliContext context, string fileOrHash, bool json, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            var sha256 = fileOrHash.Trim().ToLowerInvariant();
            MediaRecord? fresh = null;
            if (!IsSha256(sha256))
            {
                fresh = (await MediaFingerprinter.FingerprintAsync(fileOrHash, fileOrHash, cancellationToken).ConfigureAwait(false)).Record;
                sha256 = fresh.Sha256;
            }

            var stored = await ledger.GetMediaAsync(sha256, cancellationToken).ConfigureAwait(false);
            var record = stored?.Media ?? fresh;
            if (record is null)
            {
                await context.Error.WriteLineAsync($"claimtrail: no media file with SHA-256 {sha256} in {LedgerOption.Describe(db)}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            var appearances = stored is null ? [] : await MediaLedger.AppearancesAsync(ledger, stored.Sightings, new Dictionary<string, ReportSummary?>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            var document = new ShowDocument(ShowSchema, stored is not null, record, appearances);
            if (json)
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(document, AnalysisJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await WriteShowAsync(context.Out, document).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static async Task WriteShowAsync(TextWriter output, ShowDocument document)
    {
        var media = document.Media;
        var size = media.Width is { } w && media.Height is { } h ? string.Create(CultureInfo.InvariantCulture, $", {w}×{h}") : string.Empty;
        var duration = media.Duration is { } d ? string.Create(CultureInfo.InvariantCulture, $", {d:0.###} s, {media.Frames.Count} keyframes") : string.Empty;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{media.Sha256}  {media.MimeType}, {media.Size:N0} bytes{size}{duration}")).ConfigureAwait(false);
        if (media.Hash is { } hash)
        {
            await output.WriteLineAsync($"  perceptual hash  {hash}").ConfigureAwait(false);
        }

        var metadata = media.Metadata;
        await output.WriteLineAsync("  capture time     " + (metadata.CaptureTime is { } t ? $"{t} ({metadata.CaptureTimeSource})" : "missing")).ConfigureAwait(false);
        await output.WriteLineAsync("  camera           " + (metadata.Camera ?? "missing")).ConfigureAwait(false);
        await output.WriteLineAsync("  gps              " + (metadata.Gps is { } g ? string.Create(CultureInfo.InvariantCulture, $"{g.Latitude:0.######}, {g.Longitude:0.######} (precision {g.Precision})") : "missing")).ConfigureAwait(false);
        await output.WriteLineAsync("  software         " + (metadata.Software ?? "missing")).ConfigureAwait(false);
        if (metadata.Stripped)
        {
            await output.WriteLineAsync("  the file carries no EXIF, XMP or QuickTime metadata (stripped, or never written)").ConfigureAwait(false);
        }

        if (!document.Stored)
        {
            await output.WriteLineAsync("  not in the ledger").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {document.Appearances.Count} appearances, first first:")).ConfigureAwait(false);
        foreach (var a in document.Appearances)
        {
            await output.WriteLineAsync("    " + Describe(a)).ConfigureAwait(false);
        }
    }

    private static string Describe(MediaAppearance a)
    {
        var when = (a.Published ?? a.SeenAt).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        var how = a.Published is null ? "seen" : "published";
        return a.ReportId is null
            ? $"{when} {how}  file {a.Reference}"
            : $"{when} {how}  report {a.ReportId}  {a.Publisher ?? "-"}  {a.Source}  ({a.Reference})";
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    private sealed record FindDocument(string Schema, int Threshold, IReadOnlyList<FindResult> Results);

    private sealed record FindResult(string Input, string Sha256, MediaKind Kind, IReadOnlyList<FoundMedia> Matches);

    private sealed record FoundMedia(string Sha256, MediaKind Kind, int Distance, int MatchedFrames, int QueryFrames, IReadOnlyList<MediaAppearance> Appearances);

    private sealed record ShowDocument(string Schema, bool Stored, MediaRecord Media, IReadOnlyList<MediaAppearance> Appearances);
}
