namespace Claimtrail.Fingerprints;

/// <summary>
/// What a media file's embedded metadata (EXIF, XMP, QuickTime) says about its making. A field the file does not
/// carry is null and named in <see cref="Missing"/>: missing or stripped metadata is recorded as such, never guessed.
/// </summary>
public sealed record MediaMetadata
{
    /// <summary>The fields a file can carry, as <see cref="Missing"/> names them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["captureTime", "camera", "gps", "software"];

    /// <summary>
    /// When it was captured, as the file states it, in ISO 8601: with an offset when the file gives one
    /// (EXIF OffsetTimeOriginal, QuickTime times in UTC), else a local time without offset (EXIF leaves the zone unsaid).
    /// </summary>
    public string? CaptureTime { get; init; }

    /// <summary>Where the capture time comes from (<c>exif DateTimeOriginal</c>, <c>quicktime creation time</c>…).</summary>
    public string? CaptureTimeSource { get; init; }

    /// <summary>The camera or phone: make and model as written.</summary>
    public string? Camera { get; init; }

    /// <summary>The recorded position, with its stated precision.</summary>
    public GpsFix? Gps { get; init; }

    /// <summary>The software that wrote or edited the file (EXIF Software, XMP CreatorTool), as written.</summary>
    public string? Software { get; init; }

    /// <summary>The <see cref="Fields"/> the file does not carry.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>True when the file carries no EXIF, XMP or QuickTime metadata block at all (stripped, or never written).</summary>
    public bool Stripped { get; init; }

    /// <summary>Nothing known: every field missing.</summary>
    public static MediaMetadata None { get; } = new() { Missing = Fields, Stripped = true };
}
