using Claimtrail.Geo;

namespace Claimtrail.Ledger;

/// <summary>The desk gazetteer of places analysts placed by hand, and the places still awaiting geolocation. A role of <see cref="ILedger"/>.</summary>
public interface IDeskPlaces
{
    /// <summary>
    /// Stores an analyst's placement in the desk gazetteer, replacing the one for the same name within the same larger
    /// place (names compared by <see cref="PlaceNames.Key"/>). True when it is new, false when it replaced one.
    /// The placement must be valid (<see cref="DeskPlace.Validate"/>).
    /// </summary>
    Task<bool> AddDeskPlaceAsync(DeskPlace place, CancellationToken cancellationToken = default);

    /// <summary>Every placement in the desk gazetteer, by name then containing place (keys, ordinal), for the geocoder and exports.</summary>
    IAsyncEnumerable<DeskPlace> ListDeskPlacesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The places stored mentions name that await geolocation (see <see cref="PendingPlaces"/>), most mentioned first,
    /// leaving out those the desk gazetteer now places.
    /// </summary>
    Task<IReadOnlyList<PendingPlace>> ListPendingPlacesAsync(CancellationToken cancellationToken = default);
}
