using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Turns place entities into places with the larger place each lies in.</summary>
public interface IPlaceFinder
{
    /// <summary>
    /// The places of a whole text, in text order, given its entities; a place's <see cref="PlaceRef.Within"/>
    /// comes from the text ("north of Moscow") or from the report's main place.
    /// </summary>
    IReadOnlyList<PlaceRef> Find(AnalysedText text, IReadOnlyList<EntityMention> entities);
}
