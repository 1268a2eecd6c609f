using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Stance from lexicons (being written).</summary>
public sealed class LexiconStanceClassifier : IStanceClassifier
{
    /// <inheritdoc />
    public Stance Classify(AnalysedText text, Attribution attribution) => Stance.Asserts;
}
