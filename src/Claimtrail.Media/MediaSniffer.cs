using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>
/// Tells a photo or video from its magic bytes, never from its name: JPEG, PNG, GIF, WebP, BMP, TIFF and HEIF images;
/// MP4/QuickTime/3GP, Matroska/WebM, AVI, MPEG transport and program streams, FLV and Ogg videos.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadBytes = 64;

    /// <summary>The media type the first bytes of a file show; null when they are not a photo or video this reads.</summary>
    public static MediaType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new MediaType(MediaKind.Image, "image/jpeg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new MediaType(MediaKind.Image, "image/png");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new MediaType(MediaKind.Image, "image/gif");
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var form = head.Slice(8, 4);
            if (form.SequenceEqual("WEBP"u8))
            {
                return new MediaType(MediaKind.Image, "image/webp");
            }

            if (form.SequenceEqual("AVI "u8))
            {
                return new MediaType(MediaKind.Video, "video/x-msvideo");
            }

            return null;
        }

        if (head.Length >= 14 && head.StartsWith("BM"u8) && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0)
        {
            return new MediaType(MediaKind.Image, "image/bmp");
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return new MediaType(MediaKind.Image, "image/tiff");
        }

        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = head.Slice(8, 4);
            if (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("avif"u8))
            {
                return new MediaType(MediaKind.Image, brand.SequenceEqual("avif"u8) ? "image/avif" : "image/heic");
            }

            if (brand.SequenceEqual("qt  "u8))
            {
                return new MediaType(MediaKind.Video, "video/quicktime");
            }

            return new MediaType(MediaKind.Video, brand.StartsWith("3g"u8) ? "video/3gpp" : "video/mp4");
        }

        if (head.Length >= 8 && (head.Slice(4, 4).SequenceEqual("moov"u8) || head.Slice(4, 4).SequenceEqual("mdat"u8) || head.Slice(4, 4).SequenceEqual("wide"u8)))
        {
            return new MediaType(MediaKind.Video, "video/quicktime");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return new MediaType(MediaKind.Video, head.IndexOf("webm"u8) >= 0 ? "video/webm" : "video/x-matroska");
        }

        if (head.StartsWith("FLV\x01"u8))
        {
            return new MediaType(MediaKind.Video, "video/x-flv");
        }

        if (head.StartsWith("OggS"u8))
        {
            return new MediaType(MediaKind.Video, "video/ogg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0xBA]))
        {
            return new MediaType(MediaKind.Video, "video/mpeg");
        }

        // MPEG transport stream: a sync byte every 188 bytes; the head must show two of them.
        if (head.Length > 188 && head[0] == 0x47 && head[188] == 0x47)
        {
            return new MediaType(MediaKind.Video, "video/mp2t");
        }

        return null;
    }

    /// <summary>Reads the first bytes of <paramref name="path"/> and tells what it is; null when not a photo or video.</summary>
    public static async Task<MediaType?> DetectAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[HeadBytes * 4];
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            var length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return Detect(head.AsSpan(0, length));
        }
    }
}
