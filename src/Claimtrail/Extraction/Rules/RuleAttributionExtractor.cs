using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Cue-lexicon attribution extractor (being written).</summary>
public sealed class RuleAttributionExtractor : IAttributionExtractor
{
    /// <inheritdoc />
    public string Version => "rules/0.1";

    /// <inheritdoc />
    public IReadOnlyList<Attribution> Extract(AnalysedText text) => [];
}
