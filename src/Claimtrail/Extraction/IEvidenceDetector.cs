using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Finds the material an attribution cites ("photos", "several videos").</summary>
public interface IEvidenceDetector
{
    /// <summary>The evidence cited by <paramref name="attribution"/>, in text order.</summary>
    IReadOnlyList<EvidenceRef> Find(AnalysedText text, Attribution attribution);
}
