using System.Globalization;
using Claimtrail.Fingerprints;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;
using MetadataExtractor.Formats.Xmp;

namespace Claimtrail.Media;

/// <summary>
/// Reads what a photo's or video's embedded metadata says about its making, with MetadataExtractor: EXIF (capture time
/// and offset, make and model, software, GPS with GPSHPositioningError or GPSDOP), XMP (CreatorTool, CreateDate) and
/// QuickTime (creation time, Apple make/model/software keys, ISO 6709 location). Only what the file states is kept.
/// </summary>
public static class MetadataReader
{
    /// <summary>The metadata of the file in <paramref name="stream"/>; <see cref="MediaMetadata.None"/> when it carries none or cannot be parsed.</summary>
    public static MediaMetadata Read(Stream stream)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Metadata is a bonus: a file whose metadata cannot be parsed is still fingerprinted, recorded as carrying none.
            return MediaMetadata.None;
        }

        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var sub = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        var xmp = directories.OfType<XmpDirectory>().FirstOrDefault();
        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();
        var quicktime = directories.OfType<QuickTimeMetadataHeaderDirectory>().FirstOrDefault();
        var xmpProperties = xmp?.GetXmpProperties() ?? new Dictionary<string, string>();

        var (captureTime, captureSource) = CaptureTime(sub, ifd0, xmpProperties, quicktime, movie);
        var camera = Join(Text(ifd0, ExifDirectoryBase.TagMake) ?? Text(quicktime, QuickTimeMetadataHeaderDirectory.TagMake),
            Text(ifd0, ExifDirectoryBase.TagModel) ?? Text(quicktime, QuickTimeMetadataHeaderDirectory.TagModel));
        var software = Text(ifd0, ExifDirectoryBase.TagSoftware)
            ?? (xmpProperties.TryGetValue("xmp:CreatorTool", out var tool) && !string.IsNullOrWhiteSpace(tool) ? tool.Trim() : null)
            ?? Text(quicktime, QuickTimeMetadataHeaderDirectory.TagSoftware);
        var position = Gps(gps) ?? Iso6709(Text(quicktime, QuickTimeMetadataHeaderDirectory.TagGpsLocation));

        var missing = new List<string>();
        if (captureTime is null)
        {
            missing.Add("captureTime");
        }

        if (camera is null)
        {
            missing.Add("camera");
        }

        if (position is null)
        {
            missing.Add("gps");
        }

        if (software is null)
        {
            missing.Add("software");
        }

        return new MediaMetadata
        {
            CaptureTime = captureTime,
            CaptureTimeSource = captureSource,
            Camera = camera,
            Gps = position,
            Software = software,
            Missing = missing,
            Stripped = ifd0 is null && sub is null && gps is null && xmp is null && quicktime is null && (movie is null || captureSource is null),
        };
    }

    private static (string? Time, string? Source) CaptureTime(ExifSubIfdDirectory? sub, ExifIfd0Directory? ifd0, IDictionary<string, string> xmp, QuickTimeMetadataHeaderDirectory? quicktime, QuickTimeMovieHeaderDirectory? movie)
    {
        if (ExifTime(Text(sub, ExifDirectoryBase.TagDateTimeOriginal), Text(sub, ExifDirectoryBase.TagTimeZoneOriginal)) is { } original)
        {
            return (original, "exif DateTimeOriginal");
        }

        if (ExifTime(Text(sub, ExifDirectoryBase.TagDateTimeDigitized), Text(sub, ExifDirectoryBase.TagTimeZoneDigitized)) is { } digitized)
        {
            return (digitized, "exif DateTimeDigitized");
        }

        if (xmp.TryGetValue("xmp:CreateDate", out var create) && !string.IsNullOrWhiteSpace(create))
        {
            return (create.Trim(), "xmp CreateDate");
        }

        if (Text(quicktime, QuickTimeMetadataHeaderDirectory.TagCreationDate) is { } apple)
        {
            return (apple, "quicktime com.apple.quicktime.creationdate");
        }

        // QuickTime stores seconds since 1904 in UTC; zero (1904 itself) means the writer left it unset.
        if (movie is not null && movie.TryGetDateTime(QuickTimeMovieHeaderDirectory.TagCreated, out var created) && created.Year > 1904)
        {
            return (new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), "quicktime creation time");
        }

        // The file's modification time inside EXIF (IFD0 DateTime) is when it was last written, not captured: not used.
        _ = ifd0;
        return (null, null);
    }

    // EXIF writes "yyyy:MM:dd HH:mm:ss" in the camera's local time; the offset tag (EXIF 2.31) may say which.
    private static string? ExifTime(string? value, string? offset)
    {
        if (value is null || !DateTime.TryParseExact(value.Trim(), "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var text = local.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        if (offset is not null && TimeSpan.TryParseExact(offset.Trim().TrimStart('+'), @"hh\:mm", CultureInfo.InvariantCulture, out var span))
        {
            var sign = offset.Trim().StartsWith('-') ? "-" : "+";
            return text + sign + span.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static GpsFix? Gps(GpsDirectory? gps)
    {
        var location = gps?.GetGeoLocation();
        if (gps is null || location is null || location.IsZero)
        {
            return null;
        }

        string precision;
        if (gps.TryGetRational(GpsDirectory.TagHPositioningError, out var error))
        {
            precision = string.Create(CultureInfo.InvariantCulture, $"±{error.ToDouble():0.#} m");
        }
        else if (gps.TryGetRational(GpsDirectory.TagDop, out var dop))
        {
            precision = string.Create(CultureInfo.InvariantCulture, $"DOP {dop.ToDouble():0.##}");
        }
        else
        {
            precision = "not stated";
        }

        return new GpsFix(Math.Round(location.Latitude, 7), Math.Round(location.Longitude, 7), precision);
    }

    // ISO 6709 as QuickTime writes it: "+55.7558+037.6173+150.000/".
    private static GpsFix? Iso6709(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var signs = new List<int>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '+' or '-')
            {
                signs.Add(i);
            }
        }

        if (signs.Count < 2 || signs[0] != 0)
        {
            return null;
        }

        return double.TryParse(value[signs[0]..signs[1]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(value[signs[1]..(signs.Count > 2 ? signs[2] : value.TrimEnd('/').Length)], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180
            ? new GpsFix(lat, lon, "not stated")
            : null;
    }

    private static string? Text(MetadataExtractor.Directory? directory, int tag)
    {
        var value = directory?.GetString(tag)?.Trim().TrimEnd('\0').Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Join(string? make, string? model)
    {
        if (make is null)
        {
            return model;
        }

        if (model is null)
        {
            return make;
        }

        // Many cameras repeat the make in the model ("Canon" / "Canon EOS 5D").
        return model.StartsWith(make, StringComparison.OrdinalIgnoreCase) ? model : make + " " + model;
    }
}
