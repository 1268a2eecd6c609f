using System.Globalization;
using System.Text.RegularExpressions;
using Claimtrail.Errors;
using SkiaSharp;

namespace Claimtrail.Media.Evaluation;

/// <summary>
/// A near-duplicate test set on disk: <c>originals/NAME.jpg</c>, and for every <see cref="MediaTransform"/>
/// <c>copies/TRANSFORM/NAME.jpg</c> made from the original. <see cref="Build"/> makes one from photographs.
/// </summary>
public static partial class MediaTestSet
{
    /// <summary>The folder of originals inside a test set.</summary>
    public const string Originals = "originals";

    /// <summary>The folder of transformed copies inside a test set.</summary>
    public const string Copies = "copies";

    /// <summary>The long side, in pixels, originals are reduced to (so a set stays small and every photo weighs alike).</summary>
    public const int OriginalLongSide = 1600;

    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>The folder name of a transformation's copies: <c>resize50</c>, <c>jpeg40</c>…</summary>
    public static string Name(MediaTransform transform) => transform.ToString().ToLowerInvariant();

    /// <summary>
    /// The photographs to build from: every JPEG, PNG and WebP file named or found (recursively) under
    /// <paramref name="sources"/>. Pictures shipped at several sizes (files named <c>WIDTHxHEIGHT.ext</c> in one folder, as
    /// KDE wallpapers are) count once, at their largest; their <c>images_dark</c> variants and <c>screenshot</c> previews are left out. Each source's name is
    /// made unique from its path.
    /// </summary>
    public static IReadOnlyList<(string Name, string Path)> Collect(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var files = new List<string>();
        foreach (var source in sources)
        {
            if (File.Exists(source))
            {
                files.Add(Path.GetFullPath(source));
            }
            else if (Directory.Exists(source))
            {
                files.AddRange(Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Select(Path.GetFullPath));
            }
            else
            {
                throw new InputException(source, "no such file or folder");
            }
        }

        var pictures = files
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant(), StringComparer.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains("images_dark", StringComparer.Ordinal))
            .Where(f => !(Path.GetFileNameWithoutExtension(f).Equals("screenshot", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(f)) == "contents"))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(f => SizeNamed().IsMatch(Path.GetFileName(f)) ? Path.GetDirectoryName(f)! : f, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).First())
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(string, string)>();
        foreach (var path in pictures)
        {
            var name = Slug(SizeNamed().IsMatch(Path.GetFileName(path)) ? WallpaperName(path) : Path.GetFileNameWithoutExtension(path));
            var unique = name;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{i}");
            }

            named.Add((unique, path));
        }

        return named;
    }

    /// <summary>
    /// Builds a test set in <paramref name="folder"/> from <paramref name="photos"/>: each is decoded, reduced to
    /// <see cref="OriginalLongSide"/> pixels on its long side and written as a JPEG (quality 92) original, then each
    /// transformation is applied to that original and written as a JPEG (quality 85; 40 for <see cref="MediaTransform.Jpeg40"/>).
    /// A photo that cannot be decoded is reported through <paramref name="skipped"/> and left out.
    /// </summary>
    /// <returns>How many originals were written.</returns>
    public static int Build(string folder, IReadOnlyList<(string Name, string Path)> photos, SKTypeface? typeface, Action<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(skipped);
        Directory.CreateDirectory(Path.Combine(folder, Originals));
        foreach (var transform in Enum.GetValues<MediaTransform>())
        {
            Directory.CreateDirectory(Path.Combine(folder, Copies, Name(transform)));
        }

        var written = 0;
        foreach (var (name, path) in photos)
        {
            using var decoded = SKBitmap.Decode(path);
            if (decoded is null)
            {
                skipped($"{path}: not a decodable image");
                continue;
            }

            using var original = Reduce(decoded);
            Write(original, Path.Combine(folder, Originals, name + ".jpg"), 92);
            foreach (var transform in Enum.GetValues<MediaTransform>())
            {
                using var copy = MediaTransforms.Apply(original, transform, typeface);
                Write(copy, Path.Combine(folder, Copies, Name(transform), name + ".jpg"), transform == MediaTransform.Jpeg40 ? 40 : 85);
            }

            written++;
        }

        return written;
    }

    private static SKBitmap Reduce(SKBitmap bitmap)
    {
        var scale = Math.Min(1.0, (double)OriginalLongSide / Math.Max(bitmap.Width, bitmap.Height));
        var width = Math.Max(1, (int)Math.Round(bitmap.Width * scale));
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * scale));
        return bitmap.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException("resize failed");
    }

    private static void Write(SKBitmap bitmap, string path, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        using var stream = File.Create(path);
        data.SaveTo(stream);
    }

    // KDE: NAME/contents/images/1920x1080.jpg is the picture NAME.
    private static string WallpaperName(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        var contents = Array.LastIndexOf(parts, "contents");
        return contents > 0 ? parts[contents - 1] : Path.GetFileName(Path.GetDirectoryName(path)!);
    }

    private static string Slug(string text)
    {
        var slug = NotSlug().Replace(text, "-").Trim('-');
        return slug.Length == 0 ? "photo" : slug;
    }

    [GeneratedRegex(@"^\d+x\d+\.\w+$")]
    private static partial Regex SizeNamed();

    [GeneratedRegex(@"[^A-Za-z0-9_-]+")]
    private static partial Regex NotSlug();
}
