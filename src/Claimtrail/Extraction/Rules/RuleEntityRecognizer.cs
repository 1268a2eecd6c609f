using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Entities (being written).</summary>
public sealed class RuleEntityRecognizer(WordLexicon lexicon) : IEntityRecognizer
{
    private readonly WordLexicon _lexicon = lexicon;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalysedText text)
    {
        _ = _lexicon;
        return [];
    }
}
