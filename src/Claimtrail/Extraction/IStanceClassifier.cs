using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Decides a speaker's stance towards an attribution's content.</summary>
public interface IStanceClassifier
{
    /// <summary>The stance of <paramref name="attribution"/> in <paramref name="text"/>.</summary>
    Stance Classify(AnalysedText text, Attribution attribution);
}
