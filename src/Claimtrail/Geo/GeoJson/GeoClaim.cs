using Claimtrail.Model;

namespace Claimtrail.Geo.GeoJson;

/// <summary>A claim to put on the map, with the places its mentions name.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Text">The claim as first stated.</param>
/// <param name="Status">The desk's verdict.</param>
/// <param name="Sources">Names of the sources that state or relay it (speakers first, then relays), without repeats.</param>
/// <param name="Places">Its resolved places.</param>
public sealed record GeoClaim(string Id, string Text, ClaimStatus Status, IReadOnlyList<string> Sources, IReadOnlyList<ResolvedPlace> Places);
