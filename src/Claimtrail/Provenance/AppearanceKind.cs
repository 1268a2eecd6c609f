namespace Claimtrail.Provenance;

/// <summary>Whether an appearance is a stored report or a further sighting of a stored report's exact text.</summary>
public enum AppearanceKind
{
    /// <summary>The report as first stored.</summary>
    Report,

    /// <summary>The same text seen again, from another channel or at another time.</summary>
    Sighting,
}
