using System.Security.Cryptography;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>
/// Fingerprints one media file: its SHA-256, what its content shows it to be, its perceptual hashes (an image's, or a
/// video's keyframes') and its metadata. Any failure is an <see cref="InputException"/> naming the input and the reason.
/// </summary>
public static class MediaFingerprinter
{
    /// <summary>The largest image file read (images are read whole into memory to decode).</summary>
    public const long MaxImageBytes = 256L * 1024 * 1024;

    /// <summary>Fingerprints the file at <paramref name="path"/>, named <paramref name="input"/> in errors.</summary>
    public static async Task<MediaFile> FingerprintAsync(string path, string input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(input, "no such file");
            }

            if (info.Length == 0)
            {
                throw new InputException(input, "empty file (0 bytes)");
            }

            var type = await MediaSniffer.DetectAsync(path, cancellationToken).ConfigureAwait(false)
                ?? throw new InputException(input, "not a photo or video: its content is no image or video format this reads");
            var sha256 = await Sha256Async(path, cancellationToken).ConfigureAwait(false);
            MediaMetadata metadata;
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                metadata = MetadataReader.Read(stream);
            }

            if (type.Kind == MediaKind.Image)
            {
                if (info.Length > MaxImageBytes)
                {
                    throw new InputException(input, $"image file too large ({info.Length:N0} bytes; the limit is {MaxImageBytes:N0})");
                }

                var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                var image = ImageDecoder.Fingerprint(bytes, input);
                var record = new MediaRecord(sha256, MediaKind.Image, type.MimeType, info.Length)
                {
                    Width = image.Width,
                    Height = image.Height,
                    Hash = image.Hash,
                    MirrorHash = image.Mirror,
                    CropHashes = image.Crops,
                    Metadata = metadata,
                };
                return new MediaFile(record, [image.Variants]);
            }

            var video = await Ffmpeg.FingerprintAsync(path, input, cancellationToken).ConfigureAwait(false);
            var stored = new MediaRecord(sha256, MediaKind.Video, type.MimeType, info.Length)
            {
                Width = video.Width,
                Height = video.Height,
                Duration = video.Duration is { } d ? Math.Round(d, 3) : null,
                Frames = [.. video.Frames.Select(f => new MediaFrame(f.At, f.Variants[0]))],
                CropHashes = video.Crops,
                Metadata = metadata,
            };
            return new MediaFile(stored, [.. video.Frames.Select(f => f.Variants)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(input, ex.Message, null, ex);
        }
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes, streamed.</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }
}
