using Claimtrail.Errors;
using Claimtrail.Media;
using Claimtrail.Model;
using Claimtrail.Sources.Web;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The photos and videos a fetched report links to (a page's article images, a feed entry's enclosures), fetched on
/// request (<c>ingest --images</c>) through the report's own SSRF-guarded fetcher, with its size cap, time limit and
/// redirect limit, and fingerprinted like a file: the type is read from the content, never from the URL or the
/// Content-Type, and images are checked against the decompression-bomb limits before they are decoded.
/// </summary>
public static class LinkedMedia
{
    /// <summary>Fingerprints each linked photo or video of <paramref name="report"/>'s post; a failure is kept with its reason, and the rest goes on.</summary>
    public static async Task<IReadOnlyList<FingerprintedMedia>> FingerprintAsync(WebFetcher fetcher, Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(report);
        var done = new List<FingerprintedMedia>();
        foreach (var item in report.Post?.Media ?? [])
        {
            if (item.Reference is not { } reference || !IsPictureOrVideo(item) || !Uri.TryCreate(reference, UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            try
            {
                done.Add(new FingerprintedMedia(reference, await FetchAsync(fetcher, url, reference, cancellationToken).ConfigureAwait(false), null, null));
            }
            catch (InputException ex)
            {
                done.Add(new FingerprintedMedia(reference, null, ex.Reason, null));
            }
        }

        return done;
    }

    private static bool IsPictureOrVideo(MediaItem item) =>
        item.Kind is "photo" or "image" or "video"
        || (item.MimeType is { } mime && (mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || mime.StartsWith("video/", StringComparison.OrdinalIgnoreCase)));

    private static async Task<MediaFile> FetchAsync(WebFetcher fetcher, Uri url, string reference, CancellationToken cancellationToken)
    {
        var response = await fetcher.FetchAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);

        // The fingerprinter reads a file (ffmpeg needs one for a video): the body goes to a private temporary file under a
        // name of our own, never the URL's, and is deleted whatever happens.
        var path = Path.Combine(Path.GetTempPath(), "claimtrail-" + Guid.NewGuid().ToString("N") + ".media");
        try
        {
            await File.WriteAllBytesAsync(path, response.Body, cancellationToken).ConfigureAwait(false);
            return await MediaFingerprinter.FingerprintAsync(path, reference, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(reference, "cannot be kept for fingerprinting: " + ex.Message, null, ex);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
