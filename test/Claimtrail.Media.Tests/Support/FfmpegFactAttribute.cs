namespace Claimtrail.Media.Tests.Support;

/// <summary>A fact that needs Debian's ffmpeg on PATH; skipped, saying so, without it (CI installs it).</summary>
internal sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (!Ffmpeg.IsAvailable)
        {
            Skip = "ffmpeg and ffprobe are not on PATH: install the Debian package ffmpeg to run the video tests";
        }
    }
}
