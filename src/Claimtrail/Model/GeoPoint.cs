namespace Claimtrail.Model;

/// <summary>A point a post was tagged with (Telegram's <c>location_information</c>), WGS 84 degrees.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public sealed record GeoPoint(double Latitude, double Longitude);
