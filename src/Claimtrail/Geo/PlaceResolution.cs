namespace Claimtrail.Geo;

/// <summary>Where a resolved place's point came from.</summary>
public enum PlaceResolution
{
    /// <summary>The embedded gazetteer holds the name.</summary>
    Gazetteer,

    /// <summary>An analyst placed it in the desk gazetteer.</summary>
    Desk,

    /// <summary>No gazetteer holds it: it stands at the point of the place it lies in, awaiting geolocation.</summary>
    Within,

    /// <summary>Neither the name nor a place it lies in could be placed.</summary>
    Unresolved,
}
