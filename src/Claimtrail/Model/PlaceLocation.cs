namespace Claimtrail.Model;

/// <summary>Where a place mention was put on the map, and how sure that is.</summary>
/// <param name="Latitude">WGS 84 latitude of the point used.</param>
/// <param name="Longitude">WGS 84 longitude of the point used.</param>
/// <param name="Precision">"point", "street", "park", "city", "region" or "country": what the point stands for.</param>
/// <param name="Confidence">0 to 1: how sure the resolution is.</param>
/// <param name="Resolution">"gazetteer", "desk" (placed by an analyst), "within" (at the place it lies in) or "unresolved".</param>
/// <param name="Pending">True when the place itself still awaits geolocation (only its "within" place is known).</param>
/// <param name="GazetteerId">The gazetteer entry used, when there is one ("524901", "country:RU").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country, when known.</param>
/// <param name="Reason">Why this resolution was chosen, in words an analyst can check.</param>
public sealed record PlaceLocation(
    double? Latitude,
    double? Longitude,
    string Precision,
    double Confidence,
    string Resolution,
    bool Pending,
    string? GazetteerId,
    string? CountryCode,
    string Reason);
