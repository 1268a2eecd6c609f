using Claimtrail.Geo;

namespace Claimtrail.Evaluation;

/// <summary>The expected reading of a gold place mention.</summary>
/// <param name="Name">The gazetteer name ("Paris").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Precision">City, region or country.</param>
/// <param name="Point">Approximate point (a city's centre; for regions and countries, any point inside).</param>
/// <param name="GazetteerId">The embedded gazetteer's id for it ("524901", "admin1:US.TX"), when the gold names one.</param>
public sealed record GeoGoldExpectation(string Name, string CountryCode, PlacePrecision Precision, GeoPoint Point, string? GazetteerId = null);
