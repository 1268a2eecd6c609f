namespace Claimtrail.Provenance;

/// <summary>A claim's spread on one UTC day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Appearances">Appearances that day.</param>
/// <param name="NewOrigins">Origins first seen that day.</param>
/// <param name="Origins">Origins seen up to and including that day.</param>
public sealed record TimelineDay(DateOnly Day, int Appearances, int NewOrigins, int Origins);
