namespace Claimtrail.Fingerprints;

/// <summary>A position recorded in a file's metadata, with what the file says about its precision.</summary>
/// <param name="Latitude">Degrees north (WGS 84).</param>
/// <param name="Longitude">Degrees east (WGS 84).</param>
/// <param name="Precision">
/// The precision as the file states it: <c>±N m</c> (EXIF GPSHPositioningError), <c>DOP N</c> (EXIF GPSDOP, dilution
/// of precision, no unit), or <c>not stated</c>; never inferred from the number of digits.
/// </param>
public sealed record GpsFix(double Latitude, double Longitude, string Precision);
