using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>Finds who says what: the stage a trained model can replace without reshaping the pipeline.</summary>
public interface IAttributionExtractor
{
    /// <summary>Name and version recorded on every mention this extractor produces.</summary>
    string Version { get; }

    /// <summary>Finds the attributions in <paramref name="text"/>, in text order.</summary>
    IReadOnlyList<Attribution> Extract(AnalysedText text);
}
