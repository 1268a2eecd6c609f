using System.Globalization;

namespace Claimtrail.Media.Evaluation;

/// <summary>
/// A video near-duplicate test set made from an image test set's originals with ffmpeg: <c>videos/originals/clipNN.mp4</c>,
/// each a slideshow of <see cref="PhotosPerClip"/> consecutive originals (<see cref="SecondsPerPhoto"/> s each, H.264,
/// 960×540, letterboxed), and for every <see cref="VideoTransform"/> <c>videos/copies/TRANSFORM/clipNN.mp4</c> made from it.
/// Clips share no photo, so two of them are distinct footage.
/// </summary>
public static class VideoTestSet
{
    /// <summary>The folder of the video set inside an image test set.</summary>
    public const string Folder = "videos";

    /// <summary>How many originals one clip shows in turn: three scenes, so a match needs two of its keyframes.</summary>
    public const int PhotosPerClip = 3;

    /// <summary>How long each photo stays on screen.</summary>
    public const int SecondsPerPhoto = 2;

    /// <summary>The folder name of a transformation's copies: <c>reencode</c>, <c>resize50</c>…</summary>
    public static string Name(VideoTransform transform) => transform.ToString().ToLowerInvariant();

    /// <summary>
    /// Builds the video set under <paramref name="folder"/>/<see cref="Folder"/> from <paramref name="folder"/>/originals/*.jpg
    /// (in name order); a clip or copy ffmpeg cannot make is reported through <paramref name="failed"/> and left out.
    /// </summary>
    /// <returns>How many original clips were written.</returns>
    public static async Task<int> BuildAsync(string folder, Action<string> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var photos = Directory.EnumerateFiles(Path.Combine(folder, MediaTestSet.Originals), "*.jpg").Order(StringComparer.Ordinal).ToList();
        var root = Path.Combine(folder, Folder);
        Directory.CreateDirectory(Path.Combine(root, MediaTestSet.Originals));
        foreach (var transform in Enum.GetValues<VideoTransform>())
        {
            Directory.CreateDirectory(Path.Combine(root, MediaTestSet.Copies, Name(transform)));
        }

        var written = 0;
        for (var clip = 0; (clip + 1) * PhotosPerClip <= photos.Count; clip++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"clip{clip:00}.mp4");
            var original = Path.Combine(root, MediaTestSet.Originals, name);
            try
            {
                await Ffmpeg.EncodeAsync(Slideshow(photos.Skip(clip * PhotosPerClip).Take(PhotosPerClip).ToList()), original, cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.InputException ex)
            {
                failed(ex.Message);
                continue;
            }

            written++;
            foreach (var transform in Enum.GetValues<VideoTransform>())
            {
                try
                {
                    await Ffmpeg.EncodeAsync(Copy(original, transform), Path.Combine(root, MediaTestSet.Copies, Name(transform), name), cancellationToken).ConfigureAwait(false);
                }
                catch (Errors.InputException ex)
                {
                    failed(ex.Message);
                }
            }
        }

        return written;
    }

    private static List<string> Slideshow(List<string> photos)
    {
        var arguments = new List<string>();
        var filter = string.Empty;
        for (var i = 0; i < photos.Count; i++)
        {
            arguments.AddRange(["-loop", "1", "-framerate", "25", "-t", SecondsPerPhoto.ToString(CultureInfo.InvariantCulture), "-i", photos[i]]);
            filter += string.Create(CultureInfo.InvariantCulture, $"[{i}:v]scale=960:540:force_original_aspect_ratio=decrease,pad=960:540:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=25[v{i}];");
        }

        filter += string.Concat(Enumerable.Range(0, photos.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"[v{i}]")))
            + string.Create(CultureInfo.InvariantCulture, $"concat=n={photos.Count}:v=1:a=0,format=yuv420p[out]");
        arguments.AddRange(["-filter_complex", filter, "-map", "[out]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23"]);
        return arguments;
    }

    private static List<string> Copy(string original, VideoTransform transform)
    {
        List<string> input = transform == VideoTransform.Excerpt ? ["-ss", "1", "-i", original] : ["-i", original];
        var filter = transform switch
        {
            VideoTransform.Resize50 => "scale=trunc(iw/4)*2:trunc(ih/4)*2",
            VideoTransform.Crop10 => "crop=trunc(iw*0.45)*2:trunc(ih*0.45)*2:trunc(iw*0.06):trunc(ih*0.03)",
            VideoTransform.Overlay => "drawbox=x=0:y=ih*7/8:w=iw:h=ih/8:color=black@0.75:t=fill,drawbox=x=iw*0.04:y=ih*0.04:w=iw*0.12:h=ih*0.07:color=red@0.9:t=fill",
            VideoTransform.Mirror => "hflip",
            VideoTransform.Colour => "eq=saturation=1.3:brightness=0.06",
            _ => null,
        };
        var crf = transform == VideoTransform.Reencode ? "40" : "26";
        return [.. input, .. filter is null ? [] : new[] { "-vf", filter }, "-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", crf, "-pix_fmt", "yuv420p"];
    }
}
