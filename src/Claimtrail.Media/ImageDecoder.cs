using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using SkiaSharp;

namespace Claimtrail.Media;

/// <summary>
/// Decodes an image with Skia and hashes it. The header is read first: an image claiming more than
/// <see cref="MaxPixels"/> pixels (a decompression bomb) is refused before any pixel is decoded, and large images are
/// decoded at a reduced scale where the format allows (JPEG decodes at 1/2, 1/4 or 1/8 directly).
/// </summary>
public static class ImageDecoder
{
    /// <summary>The largest image decoded: 200 megapixels (a 16k × 12k panorama); more is refused as a likely bomb.</summary>
    public const long MaxPixels = 200_000_000;

    /// <summary>
    /// The most pixels decoded at once: 40 megapixels (160 MB of RGBA). JPEG decodes large images at a reduced scale and
    /// stays under it; a PNG, WebP or GIF that would not is refused rather than decoded in full.
    /// </summary>
    public const long MaxDecodedPixels = 40_000_000;

    // The hash grid is 64×64; decoding to at least four times that on the short side keeps area averaging exact enough.
    private const int DecodeShortSide = 256;

    /// <summary>Decodes the image in <paramref name="data"/> (named <paramref name="input"/> in errors) and hashes it.</summary>
    /// <exception cref="InputException">The bytes are not a decodable image, are truncated, or claim too many pixels.</exception>
    public static ImageFingerprint Fingerprint(ReadOnlySpan<byte> data, string input)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(new SKMemoryStream(skData), out var result)
            ?? throw new InputException(input, $"not a decodable image ({Describe(result)})");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new InputException(input, $"image has no pixels ({info.Width}×{info.Height})");
        }

        if ((long)info.Width * info.Height > MaxPixels)
        {
            throw new InputException(input, $"image too large: {info.Width}×{info.Height} pixels (the limit is {MaxPixels:N0}); refused undecoded");
        }

        var (luminance, width, height) = Decode(codec, input);
        var grid = Orient(PdqHasher.Reduce(luminance, width, height), codec.EncodedOrigin);
        var swaps = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var crops = CropOffsets.SelectMany(y => CropOffsets.Select(x => PdqHasher.Hash(Orient(Window(luminance, width, height, x, y), codec.EncodedOrigin))[0])).ToArray();
        return new ImageFingerprint(swaps ? info.Height : info.Width, swaps ? info.Width : info.Height, PdqHasher.Hash(grid)) { Crops = crops };
    }

    /// <summary>The share of width and height a crop window keeps.</summary>
    public const double CropWindow = 0.9;

    /// <summary>The hashes of the nine crop windows of a luminance picture, as an image keeps them (a video's keyframes use this).</summary>
    public static PerceptualHash[] CropHashes(float[] luminance, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(luminance);
        return [.. CropOffsets.SelectMany(y => CropOffsets.Select(x => PdqHasher.Hash(Window(luminance, width, height, x, y))[0]))];
    }

    // Where crop windows start, as shares of width and height: 3 × 3 windows cover every crop of up to 10% per axis
    // to within 2.5% of their position.
    private static readonly double[] CropOffsets = [0, 0.05, 0.10];

    private static float[] Window(float[] luminance, int width, int height, double x, double y)
    {
        var left = (int)Math.Round(width * x);
        var top = (int)Math.Round(height * y);
        var w = Math.Max(1, Math.Min(width - left, (int)Math.Round(width * CropWindow)));
        var h = Math.Max(1, Math.Min(height - top, (int)Math.Round(height * CropWindow)));
        var window = new float[w * h];
        for (var row = 0; row < h; row++)
        {
            Array.Copy(luminance, ((top + row) * width) + left, window, row * w, w);
        }

        return PdqHasher.Reduce(window, w, h);
    }

    private static (float[] Luminance, int Width, int Height) Decode(SKCodec codec, string input)
    {
        var info = codec.Info;
        var scale = Math.Min(1f, (float)DecodeShortSide / Math.Min(info.Width, info.Height));
        var scaled = scale < 1f ? codec.GetScaledDimensions(scale) : info.Size;
        if ((long)scaled.Width * scaled.Height > MaxDecodedPixels)
        {
            throw TooLargeToDecode(info, input);
        }

        var target = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result == SKCodecResult.InvalidScale)
        {
            if ((long)info.Width * info.Height > MaxDecodedPixels)
            {
                throw TooLargeToDecode(info, input);
            }

            target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            using var full = new SKBitmap(target);
            result = codec.GetPixels(target, full.GetPixels());
            Check(result, input);
            return (Luminance(full), target.Width, target.Height);
        }

        Check(result, input);
        return (Luminance(bitmap), target.Width, target.Height);
    }

    private static InputException TooLargeToDecode(SKImageInfo info, string input) =>
        new(input, $"image too large to decode: {info.Width}×{info.Height} pixels, and this format cannot be decoded at a reduced scale (the limit is {MaxDecodedPixels:N0})");

    private static void Check(SKCodecResult result, string input)
    {
        switch (result)
        {
            case SKCodecResult.Success:
                return;
            case SKCodecResult.IncompleteInput:
                throw new InputException(input, "truncated image: the file ends before the picture does");
            default:
                throw new InputException(input, $"image could not be decoded ({Describe(result)})");
        }
    }

    // Rec. 601 luma, as PDQ uses; transparent pixels are composited over white, as a viewer shows them.
    private static float[] Luminance(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var luminance = new float[bitmap.Width * bitmap.Height];
        for (var i = 0; i < luminance.Length; i++)
        {
            var p = pixels.Slice(i * 4, 4);
            var alpha = p[3] / 255f;
            var y = (0.299f * p[0]) + (0.587f * p[1]) + (0.114f * p[2]);
            luminance[i] = (y * alpha) + (255f * (1 - alpha));
        }

        return luminance;
    }

    // The grid is square, so the orientation's rotation can be applied to it after reduction.
    private static float[] Orient(float[] grid, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return grid;
        }

        const int n = PdqHasher.GridSize;
        var oriented = new float[grid.Length];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                // (x, y) in the displayed picture comes from (sx, sy) in the stored one.
                var (sx, sy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (n - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (n - 1 - x, n - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, n - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (y, n - 1 - x),
                    SKEncodedOrigin.RightBottom => (n - 1 - y, n - 1 - x),
                    SKEncodedOrigin.LeftBottom => (n - 1 - y, x),
                    _ => (x, y),
                };
                oriented[(y * n) + x] = grid[(sy * n) + sx];
            }
        }

        return oriented;
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the file ends early",
        SKCodecResult.ErrorInInput => "corrupt image data",
        SKCodecResult.Unimplemented => "a format or feature this decoder does not support",
        SKCodecResult.InvalidInput => "invalid image data",
        _ => "decoder said " + result.ToString(),
    };
}
