namespace Claimtrail.Geo;

/// <summary>How closely a placed name is known, finest first.</summary>
public enum PlacePrecision
{
    /// <summary>A building, facility or exact spot.</summary>
    Point,

    /// <summary>A street, embankment, square or road.</summary>
    Street,

    /// <summary>A park, forest, field or other named area smaller than a city.</summary>
    Park,

    /// <summary>A city, town or village.</summary>
    City,

    /// <summary>A first-level region (state, oblast, province).</summary>
    Region,

    /// <summary>A whole country.</summary>
    Country,
}
