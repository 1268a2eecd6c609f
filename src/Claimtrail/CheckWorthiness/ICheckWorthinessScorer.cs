namespace Claimtrail.CheckWorthiness;

/// <summary>Scores how far a text is a checkable factual claim worth a fact-checker's time.</summary>
public interface ICheckWorthinessScorer
{
    /// <summary>Name and version of the scorer, recorded with the scores it gives.</summary>
    string Version { get; }

    /// <summary>The score of <paramref name="text"/>, from 0 (not check-worthy) to 1.</summary>
    double Score(ReadOnlySpan<char> text);
}
