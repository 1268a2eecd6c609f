using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Ledger;
using Claimtrail.Media;
using Claimtrail.Model;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The media side of an ingest: fingerprints the files a Telegram export's posts carry (found beside the export) and
/// photos or videos given as sources, and stores each with where it appeared.
/// </summary>
public static class MediaIngest
{
    /// <summary>The skip reason for a post's media reference that leads outside the export (refused unread).</summary>
    public const string OutsideReason = "media path outside export";

    /// <summary>The skip reason for an attachment that is neither a photo nor a video (a document, audio).</summary>
    public const string NotMediaReason = "attachment not a photo or video";

    /// <summary>
    /// The folder whose files the posts of <paramref name="input"/> may carry: the folder of a local export file; null
    /// for a URL or anything else that is not a file. Worked out once per input, not once per post.
    /// </summary>
    public static string? ExportFolder(string input) =>
        File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input)) : null;

    /// <summary>
    /// Fingerprints the media files of <paramref name="report"/>'s post that lie inside <paramref name="folder"/>, the
    /// export's folder (<see cref="ExportFolder"/>); nothing for other posts, or when there is no folder.
    /// </summary>
    public static async Task<IReadOnlyList<FingerprintedMedia>> FingerprintPostAsync(string? folder, Report report, CancellationToken cancellationToken)
    {
        if (folder is null || report.Post is not { Media.Count: > 0 } post || !string.Equals(post.Platform, "telegram", StringComparison.Ordinal))
        {
            return [];
        }

        var done = new List<FingerprintedMedia>();
        foreach (var item in post.Media)
        {
            if (item.Reference is not { } reference)
            {
                continue;
            }

            if (ExportMedia.Resolve(folder, reference, out var reason) is not { } path)
            {
                // Exports are often made without media: a file that is not there is no news, and is not counted.
                if (!string.Equals(reason, ExportMedia.NotInExport, StringComparison.Ordinal))
                {
                    done.Add(new FingerprintedMedia(reference, null, null, OutsideReason));
                }

                continue;
            }

            // Posts attach documents, audio and stickers too: those are not fingerprinted. A photo or video that does
            // not read as one is a failure; any other attachment that is not a photo or video is simply left alone.
            if (item.Kind is not ("photo" or "video") && !await IsMediaFileAsync(path, cancellationToken).ConfigureAwait(false))
            {
                done.Add(new FingerprintedMedia(reference, null, null, NotMediaReason));
                continue;
            }

            try
            {
                done.Add(new FingerprintedMedia(reference, await MediaFingerprinter.FingerprintAsync(path, reference, cancellationToken).ConfigureAwait(false), null, null));
            }
            catch (InputException ex)
            {
                done.Add(new FingerprintedMedia(reference, null, ex.Reason, null));
            }
        }

        return done;
    }

    /// <summary>How an error about a post's media names it: the input, and the message id when the post has one.</summary>
    public static string Where(AnalysedFile analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        return analysed.Report?.Post?.PostId is { } post ? $"{analysed.Input} (message {post})" : analysed.Input;
    }

    /// <summary>
    /// Stores the fingerprinted media of a stored report, each as an appearance in it; failures and absent files are
    /// counted and reported against <paramref name="where"/> (the input and post), and the rest goes on.
    /// </summary>
    public static async Task StorePostMediaAsync(ILedger ledger, string where, Report report, IReadOnlyList<FingerprintedMedia> media, DateTimeOffset now, IngestCounts counts, Func<string, Task> error, CancellationToken cancellationToken)
    {
        foreach (var item in media)
        {
            if (item.Absent is not null)
            {
                counts.AddSkipped(item.Absent);
                continue;
            }

            if (item.File is not { } file)
            {
                counts.AddFailure("unreadable media");
                await error($"claimtrail: {where}: media {item.Reference}: {item.Error}").ConfigureAwait(false);
                continue;
            }

            try
            {
                await ledger.StoreMediaAsync(file.Record, new MediaSighting(file.Record.Sha256, item.Reference, now) { ReportId = report.Id }, cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerException ex)
            {
                counts.AddFailure("media not stored");
                await error($"claimtrail: {where}: media {item.Reference}: {ex.Message}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is a local file whose content is a photo or video.</summary>
    public static async Task<bool> IsMediaFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return File.Exists(path) && await MediaSniffer.DetectAsync(path, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The document reader that follows reports why the file cannot be read.
            return false;
        }
    }

    /// <summary>
    /// Fingerprints a photo or video given as a source and stores it as an appearance at its full path. Counted as a
    /// new or duplicate item (the same file at the same path again), or a failure reported with the reason.
    /// </summary>
    public static async Task IngestFileAsync(ILedger ledger, string path, DateTimeOffset now, IngestCounts counts, Func<string, Task> error, CancellationToken cancellationToken)
    {
        try
        {
            var file = await MediaFingerprinter.FingerprintAsync(path, path, cancellationToken).ConfigureAwait(false);
            var sighting = new MediaSighting(file.Record.Sha256, Path.GetFullPath(path), now);
            if (await ledger.StoreMediaAsync(file.Record, sighting, cancellationToken).ConfigureAwait(false))
            {
                counts.AddNew();
            }
            else
            {
                counts.AddDuplicate();
            }
        }
        catch (InputException ex)
        {
            // A file given as a source that cannot be used is an unreadable file, whatever it holds.
            counts.AddFailure(IngestCounts.FileFailure);
            await error("claimtrail: " + ex.Message).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            counts.AddFailure("media not stored");
            await error($"claimtrail: {path}: {ex.Message}").ConfigureAwait(false);
        }
    }
}
