namespace Claimtrail.Geo;

/// <summary>What a gazetteer entry is.</summary>
public enum GazetteerKind
{
    /// <summary>A country or territory with an ISO 3166-1 code.</summary>
    Country,

    /// <summary>A first-level administrative region (state, oblast, province).</summary>
    Region,

    /// <summary>A populated place (city, town, village) of at least 1,000 people.</summary>
    Place,
}
