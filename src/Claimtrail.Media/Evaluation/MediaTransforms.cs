using SkiaSharp;

namespace Claimtrail.Media.Evaluation;

/// <summary>Applies a <see cref="MediaTransform"/> to a picture with Skia; every step is deterministic.</summary>
public static class MediaTransforms
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    /// <summary>A new bitmap: <paramref name="source"/> transformed. Text is drawn with <paramref name="typeface"/> when given.</summary>
    public static SKBitmap Apply(SKBitmap source, MediaTransform transform, SKTypeface? typeface)
    {
        ArgumentNullException.ThrowIfNull(source);
        return transform switch
        {
            MediaTransform.Resize50 => Resize(source, Math.Max(1, source.Width / 2), Math.Max(1, source.Height / 2)),
            MediaTransform.Jpeg40 => source.Copy(),
            MediaTransform.Crop10 => Crop(source),
            MediaTransform.Overlay => Overlay(source, typeface),
            MediaTransform.Mirror => Draw(source.Width, source.Height, canvas =>
            {
                canvas.Scale(-1, 1, source.Width / 2f, 0);
                canvas.DrawBitmap(source, 0, 0);
            }),
            MediaTransform.Rotate2 => Rotate(source, 2),
            MediaTransform.Colour => Colour(source),
            _ => throw new ArgumentOutOfRangeException(nameof(transform), transform, "unknown transformation"),
        };
    }

    private static SKBitmap Resize(SKBitmap source, int width, int height) =>
        source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), Sampling) ?? throw new InvalidOperationException("resize failed");

    private static SKBitmap Crop(SKBitmap source)
    {
        var left = (int)Math.Round(source.Width * 0.06);
        var right = (int)Math.Round(source.Width * 0.04);
        var top = (int)Math.Round(source.Height * 0.03);
        var bottom = (int)Math.Round(source.Height * 0.07);
        var area = new SKRectI(left, top, source.Width - right, source.Height - bottom);
        var cropped = new SKBitmap(area.Width, area.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (!source.ExtractSubset(cropped, area))
        {
            throw new InvalidOperationException("crop failed");
        }

        return cropped.Copy();
    }

    private static SKBitmap Overlay(SKBitmap source, SKTypeface? typeface) => Draw(source.Width, source.Height, canvas =>
    {
        canvas.DrawBitmap(source, 0, 0);
        var band = source.Height / 8f;
        using var shade = new SKPaint { Color = new SKColor(0, 0, 0, 170) };
        canvas.DrawRect(0, source.Height - band, source.Width, band, shade);
        using var logo = new SKPaint { Color = new SKColor(220, 30, 30, 230), IsAntialias = true };
        var size = source.Height / 12f;
        canvas.DrawRoundRect(size * 0.4f, size * 0.4f, size * 3.2f, size * 1.2f, size * 0.2f, size * 0.2f, logo);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var font = new SKFont(typeface ?? SKTypeface.Default, band * 0.45f);
        canvas.DrawText("BREAKING: air defence system seen on a roof in the city centre", band * 0.3f, source.Height - (band * 0.35f), font, ink);
        using var logoFont = new SKFont(typeface ?? SKTypeface.Default, size * 0.8f);
        canvas.DrawText("LIVE 24", size * 0.6f, size * 1.3f, logoFont, ink);
    });

    private static SKBitmap Rotate(SKBitmap source, float degrees)
    {
        // The smallest enlargement that keeps the turned picture covering the whole frame.
        var radians = degrees * Math.PI / 180;
        var (w, h) = ((double)source.Width, (double)source.Height);
        var scale = (float)Math.Max(
            ((w * Math.Cos(radians)) + (h * Math.Sin(radians))) / w,
            ((w * Math.Sin(radians)) + (h * Math.Cos(radians))) / h);
        return Draw(source.Width, source.Height, canvas =>
        {
            canvas.Translate(source.Width / 2f, source.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Scale(scale);
            canvas.Translate(-source.Width / 2f, -source.Height / 2f);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, 0, 0, Sampling);
        });
    }

    private static SKBitmap Colour(SKBitmap source) => Draw(source.Width, source.Height, canvas =>
    {
        // Saturation 1.3 (Rec. 601 weights), then warmer (+red, −blue) and brighter.
        const float s = 1.3f;
        float r = 0.299f * (1 - s), g = 0.587f * (1 - s), b = 0.114f * (1 - s);
        float[] matrix =
        [
            r + s, g, b, 0, 0.08f,
            r, g + s, b, 0, 0.03f,
            r, g, b + s, 0, -0.06f,
            0, 0, 0, 1, 0,
        ];
        using var paint = new SKPaint { ColorFilter = SKColorFilter.CreateColorMatrix(matrix) };
        canvas.DrawBitmap(source, 0, 0, paint);
    });

    private static SKBitmap Draw(int width, int height, Action<SKCanvas> draw)
    {
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        draw(canvas);
        canvas.Flush();
        return bitmap;
    }
}
