using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>A place named in or next to a mention.</summary>
/// <param name="Name">The place as written ("Teterinsky Street").</param>
/// <param name="Within">The larger place it lies in, when the text or context says ("Moscow").</param>
/// <param name="Span">Where the name stands.</param>
public sealed record PlaceRef(string Name, string? Within, TextSpan Span)
{
    /// <summary>Where the place was put on the map; null before geocoding.</summary>
    public PlaceLocation? Geo { get; init; }
}
