using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Evidence from lexicons (being written).</summary>
public sealed class LexiconEvidenceDetector : IEvidenceDetector
{
    /// <inheritdoc />
    public IReadOnlyList<EvidenceRef> Find(AnalysedText text, Attribution attribution) => [];
}
