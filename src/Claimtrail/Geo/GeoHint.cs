namespace Claimtrail.Geo;

/// <summary>One piece of context a report gives: a country, region or city named (or a demonym) at a place in the text.</summary>
/// <param name="Key">The look-up key of the words that gave it, so a mention never counts as its own context.</param>
/// <param name="Start">Offset of those words in the text.</param>
/// <param name="End">Offset just past them.</param>
/// <param name="CountryCode">The country it points to.</param>
/// <param name="RegionKey">The first-level region it points to ("US.TX"), if any.</param>
/// <param name="City">The city it names, if it names one.</param>
/// <param name="Weight">How much it counts, in (0, 1]: a reading's share when the words are ambiguous.</param>
internal sealed record GeoHint(string Key, int Start, int End, string CountryCode, string? RegionKey, GazetteerEntry? City, double Weight);
