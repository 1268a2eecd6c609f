using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Hedges from lexicons (being written).</summary>
public sealed class LexiconHedgeDetector : IHedgeDetector
{
    /// <inheritdoc />
    public IReadOnlyList<string> Find(AnalysedText text, Attribution attribution) => [];
}
