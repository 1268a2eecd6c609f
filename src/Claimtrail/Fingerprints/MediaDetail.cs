namespace Claimtrail.Fingerprints;

/// <summary>A media file as the ledger holds it: its fingerprint record and every appearance, earliest stored first.</summary>
/// <param name="Media">The file's record.</param>
/// <param name="Sightings">Its appearances, in the order the ledger stored them.</param>
public sealed record MediaDetail(MediaRecord Media, IReadOnlyList<MediaSighting> Sightings)
{
    /// <summary>Its earliest appearance (by <see cref="MediaSighting.Appeared"/>, ties to the first stored); null without one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MediaSighting? FirstSeen => Sightings.Count == 0 ? null : Sightings.MinBy(s => s.Appeared);
}
