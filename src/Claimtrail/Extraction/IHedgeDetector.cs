using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Finds words that hedge an attribution ("allegedly", "impossible to verify").</summary>
public interface IHedgeDetector
{
    /// <summary>The hedges of <paramref name="attribution"/>, as written, in text order.</summary>
    IReadOnlyList<string> Find(AnalysedText text, Attribution attribution);
}
