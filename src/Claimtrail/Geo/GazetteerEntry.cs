namespace Claimtrail.Geo;

/// <summary>One place in the embedded gazetteer.</summary>
/// <param name="Id">Stable id: a GeoNames id for places ("524901"), <c>country:RU</c>, or <c>admin1:RU.62</c>.</param>
/// <param name="Kind">Country, first-level region or populated place.</param>
/// <param name="Name">The name as GeoNames (or, for countries and regions, the name list) gives it.</param>
/// <param name="AlternateNames">Other names it is looked up by: the ASCII form, aliases, exonyms.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">GeoNames first-level admin code within the country ("62" for Ryazan Oblast, "TX"), or null for countries.</param>
/// <param name="Point">The place's point; for countries and regions, the population-weighted centre of their places.</param>
/// <param name="Population">People living there (summed over the places inside, for countries and regions).</param>
/// <param name="Feature">GeoNames feature code for places (PPLC capital, PPLA first-level seat, PPL…); empty otherwise.</param>
public sealed record GazetteerEntry(
    string Id,
    GazetteerKind Kind,
    string Name,
    IReadOnlyList<string> AlternateNames,
    string CountryCode,
    string? Admin1,
    GeoPoint Point,
    long Population,
    string Feature)
{
    /// <summary>True for a country's capital (GeoNames PPLC).</summary>
    public bool IsCapital => Kind == GazetteerKind.Place && string.Equals(Feature, "PPLC", StringComparison.Ordinal);

    /// <summary>True for the seat of a first-level region (GeoNames PPLA).</summary>
    public bool IsRegionSeat => Kind == GazetteerKind.Place && string.Equals(Feature, "PPLA", StringComparison.Ordinal);

    /// <summary>The capital's GeoNames id, for a country whose capital the gazetteer holds.</summary>
    public string? CapitalId => Kind == GazetteerKind.Country && Feature.StartsWith("capital=", StringComparison.Ordinal) ? Feature["capital=".Length..] : null;

    /// <summary>The key of the first-level region a place or region lies in ("RU.62"), or null.</summary>
    public string? RegionKey => Admin1 is null ? null : CountryCode + "." + Admin1;
}
