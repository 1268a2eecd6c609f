using Claimtrail.Geo;

namespace Claimtrail.Ledger;

/// <summary>The check every engine makes before storing an analyst's placement.</summary>
public static class DeskPlaceValidation
{
    /// <summary>Throws when <paramref name="place"/> may not be stored, giving every reason.</summary>
    /// <exception cref="ArgumentException">The placement is invalid (<see cref="DeskPlace.Validate"/>).</exception>
    public static void ThrowIfInvalid(DeskPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var errors = place.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"place {place.Name}: {string.Join("; ", errors)}", nameof(place));
        }
    }
}
