namespace Claimtrail.Geo;

/// <summary>A place an analyst has placed by hand (<c>claimtrail places add NAME --lat --lon --within --note</c>).</summary>
/// <param name="Name">The name as reports write it ("Teterinsky Street").</param>
/// <param name="Point">Where the analyst placed it.</param>
/// <param name="Within">The larger place it lies in ("Moscow"), which tells same-named places apart.</param>
/// <param name="Precision">How closely the point is known (street, park, point…).</param>
/// <param name="Note">The analyst's reason or source for the placement.</param>
/// <param name="AddedBy">Who placed it, when the ledger knows.</param>
public sealed record DeskPlace(string Name, GeoPoint Point, string? Within, PlacePrecision Precision, string? Note = null, string? AddedBy = null)
{
    /// <summary>The longest name, containing place, note or author a placement may carry.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>
    /// What is wrong with this placement, one reason a line; empty when it may be stored. A name must have letters or
    /// digits, coordinates must be finite and on the globe, texts must be single lines of at most <see cref="MaxTextLength"/> characters.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || PlaceNames.Key(Name).Length == 0)
        {
            errors.Add("the name is empty (it needs letters or digits)");
        }

        CheckText(errors, "name", Name);
        if (Within is not null && PlaceNames.Key(Within).Length == 0)
        {
            errors.Add("--within is empty (leave it out, or name the larger place)");
        }

        CheckText(errors, "--within", Within);
        CheckText(errors, "--note", Note);
        CheckText(errors, "the author", AddedBy);
        if (!double.IsFinite(Point.Latitude) || Point.Latitude is < -90 or > 90)
        {
            errors.Add(FormattableString.Invariant($"latitude {Point.Latitude} is not between -90 and 90"));
        }

        if (!double.IsFinite(Point.Longitude) || Point.Longitude is < -180 or > 180)
        {
            errors.Add(FormattableString.Invariant($"longitude {Point.Longitude} is not between -180 and 180"));
        }

        if (!Enum.IsDefined(Precision))
        {
            errors.Add("the precision is not one of point, street, park, city, region, country");
        }

        return errors;
    }

    private static void CheckText(List<string> errors, string what, string? text)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > MaxTextLength)
        {
            errors.Add(FormattableString.Invariant($"{what} is longer than {MaxTextLength} characters"));
        }

        if (text.Any(char.IsControl))
        {
            errors.Add($"{what} holds control characters or line breaks");
        }
    }
}
