using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Ledger;
using Claimtrail.Media;

namespace Claimtrail.Web.Services;

/// <summary>
/// Takes a photo or video uploaded in the desk, as <c>claimtrail ingest FILE</c> takes one from disk: fingerprints it,
/// answers where the ledger has seen it or a near copy of it before, and stores it with this upload as an appearance.
/// </summary>
public sealed class MediaUploadService(IMediaLedger ledger, TimeProvider clock)
{
    /// <summary>Whether the first bytes of an upload are a photo or video the desk fingerprints (read from the content, never the name).</summary>
    public static bool IsMedia(ReadOnlySpan<byte> head) => MediaSniffer.Detect(head) is not null;

    /// <summary>
    /// Fingerprints <paramref name="content"/> (at most <paramref name="maxBytes"/>) and stores it, named
    /// <paramref name="name"/> and uploaded by <paramref name="user"/>. A file that cannot be read as a photo or video
    /// comes back as <see cref="InputException"/> naming it; nothing is stored then.
    /// </summary>
    public async Task<MediaUploadResult> IngestAsync(string name, Stream content, long maxBytes, string user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);

        // ffmpeg and the decoders read files: the upload goes to a private temporary file, removed whatever happens.
        var path = Path.Combine(Path.GetTempPath(), "claimtrail-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await CopyCappedAsync(content, file, name, maxBytes, cancellationToken).ConfigureAwait(false);
            }

            var media = await MediaFingerprinter.FingerprintAsync(path, name, cancellationToken).ConfigureAwait(false);
            var earlier = await FindEarlierAsync(media, cancellationToken).ConfigureAwait(false);
            var sighting = new MediaSighting(media.Record.Sha256, $"desk upload {name} by {user}", clock.GetUtcNow());
            var isNew = await ledger.StoreMediaAsync(media.Record, sighting, cancellationToken).ConfigureAwait(false);
            return new MediaUploadResult(name, media.Record, isNew, earlier);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task CopyCappedAsync(Stream content, Stream file, string name, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new InputException(name, $"larger than {maxBytes / (1024 * 1024)} MB");
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    // The stored files that look like this one (the file itself too, when it was stored before), closest first, each
    // with every appearance the ledger has recorded.
    private async Task<IReadOnlyList<EarlierMedia>> FindEarlierAsync(MediaFile media, CancellationToken cancellationToken)
    {
        var search = await MediaSearch.LoadAsync(ledger, cancellationToken: cancellationToken).ConfigureAwait(false);
        var earlier = new List<EarlierMedia>();
        foreach (var match in search.Find(media.Probe))
        {
            if (await ledger.GetMediaAsync(match.Sha256, cancellationToken).ConfigureAwait(false) is { } detail)
            {
                earlier.Add(new EarlierMedia(match, detail));
            }
        }

        return earlier;
    }
}

/// <summary>What an upload of a photo or video stored, and where the ledger had seen it or a near copy before.</summary>
/// <param name="Name">The uploaded file's name.</param>
/// <param name="Media">Its fingerprint and metadata.</param>
/// <param name="IsNew">False when this same upload (file and name) was already recorded.</param>
/// <param name="Earlier">Stored files that look like it, closest first.</param>
public sealed record MediaUploadResult(string Name, MediaRecord Media, bool IsNew, IReadOnlyList<EarlierMedia> Earlier);

/// <summary>A stored file that looks like an upload: how close, and every appearance of it.</summary>
public sealed record EarlierMedia(MediaMatch Match, MediaDetail Detail);
