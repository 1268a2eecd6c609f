namespace Claimtrail.Geo;

/// <summary>A place an analyst has placed by hand (<c>claimtrail places add NAME --lat --lon --within --note</c>).</summary>
/// <param name="Name">The name as reports write it ("Teterinsky Street").</param>
/// <param name="Point">Where the analyst placed it.</param>
/// <param name="Within">The larger place it lies in ("Moscow"), which tells same-named places apart.</param>
/// <param name="Precision">How closely the point is known (street, park, point…).</param>
/// <param name="Note">The analyst's reason or source for the placement.</param>
/// <param name="AddedBy">Who placed it, when the ledger knows.</param>
public sealed record DeskPlace(string Name, GeoPoint Point, string? Within, PlacePrecision Precision, string? Note = null, string? AddedBy = null);
