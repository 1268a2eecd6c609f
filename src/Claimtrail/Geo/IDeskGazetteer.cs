namespace Claimtrail.Geo;

/// <summary>
/// Places that analysts have geolocated by hand, kept in the ledger. The geocoder asks it before the
/// embedded gazetteer, so a placement made once applies to every later analysis.
/// </summary>
public interface IDeskGazetteer
{
    /// <summary>
    /// The desk's placement of <paramref name="name"/> lying in <paramref name="within"/>, or null. Names compare
    /// by <see cref="PlaceNames.Key"/>; a placement recorded with a <see cref="DeskPlace.Within"/> matches only that
    /// larger place (or a query that gives none), one recorded without matches any.
    /// </summary>
    DeskPlace? Find(string name, string? within);
}
