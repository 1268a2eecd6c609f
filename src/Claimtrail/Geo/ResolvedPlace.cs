using Claimtrail.Model;

namespace Claimtrail.Geo;

/// <summary>A place mention with where the geocoder put it and how sure it is.</summary>
/// <param name="Place">The mention as the place finder gave it.</param>
/// <param name="Point">Its point, or that of the place it lies in while it awaits geolocation; null when unplaced.</param>
/// <param name="Precision">How closely <see cref="Point"/> places the named place itself.</param>
/// <param name="Confidence">How likely the chosen reading is right, in [0, 1].</param>
/// <param name="Resolution">Where the point came from.</param>
/// <param name="Entry">The gazetteer entry chosen, for gazetteer resolutions (and the containing place's, for <see cref="PlaceResolution.Within"/>).</param>
/// <param name="Desk">The analyst's placement, for desk resolutions.</param>
/// <param name="Reason">Why this reading won, in words for the desk ("only candidate", "country mentioned: RU").</param>
public sealed record ResolvedPlace(
    PlaceRef Place,
    GeoPoint? Point,
    PlacePrecision Precision,
    double Confidence,
    PlaceResolution Resolution,
    GazetteerEntry? Entry,
    DeskPlace? Desk,
    string Reason)
{
    /// <summary>
    /// True when no gazetteer holds the place itself (a street, park, building, or a name the gazetteer lacks):
    /// it is listed by <c>claimtrail places pending</c> until an analyst places it.
    /// </summary>
    public bool PendingGeolocation => Resolution is PlaceResolution.Within or PlaceResolution.Unresolved;

    /// <summary>The ISO country code of the place, when known.</summary>
    public string? CountryCode => Desk is null ? Entry?.CountryCode : null;
}
