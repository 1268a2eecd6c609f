using Claimtrail.Extraction;
using Claimtrail.Text;

namespace Claimtrail.Tests.Support;

/// <summary>An extractor that returns the same attributions for any text: isolates the scorer from real extraction.</summary>
public sealed class FixedAttributionExtractor(params Attribution[] attributions) : IAttributionExtractor
{
    public string Version => "fixed/test";

    public IReadOnlyList<Attribution> Extract(AnalysedText text) => attributions;
}
