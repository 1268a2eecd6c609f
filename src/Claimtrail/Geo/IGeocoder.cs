using Claimtrail.Model;

namespace Claimtrail.Geo;

/// <summary>The pipeline stage after the place finder: places to points, with precision and confidence.</summary>
public interface IGeocoder
{
    /// <summary>
    /// Resolves <paramref name="places"/>, found in <paramref name="text"/>, in the same order; the text is the
    /// context (countries, regions, cities and demonyms it names). Pure: the same input gives the same output.
    /// </summary>
    IReadOnlyList<ResolvedPlace> Resolve(string text, IReadOnlyList<PlaceRef> places);
}
