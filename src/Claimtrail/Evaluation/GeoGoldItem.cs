using Claimtrail.Geo;

namespace Claimtrail.Evaluation;

/// <summary>One gold place mention: a sentence or short report, the mention, and where it should resolve.</summary>
/// <param name="Id">The item's id ("amb-012").</param>
/// <param name="Text">The sentence or report.</param>
/// <param name="Mention">The place as written; the first occurrence in <see cref="Text"/> is scored.</param>
/// <param name="Within">The larger place the place finder gives it ("north of Moscow" → "Moscow"), if any.</param>
/// <param name="Expected">Where it should resolve; null when it must be left unresolved (awaiting geolocation).</param>
public sealed record GeoGoldItem(string Id, string Text, string Mention, string? Within, GeoGoldExpectation? Expected);
