using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Places (being written).</summary>
public sealed class RulePlaceFinder : IPlaceFinder
{
    /// <inheritdoc />
    public IReadOnlyList<PlaceRef> Find(AnalysedText text, IReadOnlyList<EntityMention> entities) => [];
}
