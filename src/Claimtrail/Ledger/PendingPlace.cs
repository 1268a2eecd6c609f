namespace Claimtrail.Ledger;

/// <summary>
/// A place the ledger's mentions name that no gazetteer holds (a street, park, building…): it carries only the point
/// of the place it lies in until an analyst places it (<c>claimtrail places add</c>).
/// </summary>
/// <param name="Name">The name as first written.</param>
/// <param name="Within">The larger place it lies in, as first written; null when the text gave none.</param>
/// <param name="Mentions">How many stored mentions name it.</param>
/// <param name="Claims">How many distinct claims those mentions state.</param>
/// <param name="Reports">How many distinct reports those mentions come from.</param>
/// <param name="FirstSeen">When the earliest of those reports was ingested.</param>
public sealed record PendingPlace(string Name, string? Within, int Mentions, int Claims, int Reports, DateTimeOffset FirstSeen);
