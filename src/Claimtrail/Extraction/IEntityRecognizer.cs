using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Finds named entities in a whole text.</summary>
public interface IEntityRecognizer
{
    /// <summary>Every entity occurrence in <paramref name="text"/>, in text order, without overlaps.</summary>
    IReadOnlyList<EntityMention> Recognize(AnalysedText text);
}
