using SkiaSharp;

namespace Claimtrail.Media.Tests.Support;

/// <summary>Photo-like pictures made by code: a seed gives a sky, a horizon and shapes; different seeds give different pictures.</summary>
internal static class TestImages
{
    public static SKBitmap Photo(int seed, int width = 640, int height = 480)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(random.Next(width), height), [Colour(random), Colour(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }

        for (var i = 0; i < 14; i++)
        {
            using var paint = new SKPaint { Color = Colour(random).WithAlpha((byte)random.Next(120, 255)), IsAntialias = true };
            var x = random.Next(width);
            var y = random.Next(height);
            var size = random.Next(width / 12, width / 3);
            if (random.Next(2) == 0)
            {
                canvas.DrawCircle(x, y, size / 2f, paint);
            }
            else
            {
                canvas.DrawRect(x - (size / 2f), y - (size / 3f), size, size * 2f / 3, paint);
            }
        }

        canvas.Flush();
        return bitmap;
    }

    public static byte[] Jpeg(SKBitmap bitmap, int quality = 90) => Encode(bitmap, SKEncodedImageFormat.Jpeg, quality);

    public static byte[] Png(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Png, 100);

    public static SKBitmap Resize(SKBitmap bitmap, double scale) =>
        bitmap.Resize(new SKImageInfo((int)(bitmap.Width * scale), (int)(bitmap.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell))!;

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKColor Colour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
