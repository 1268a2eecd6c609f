using Claimtrail.Extraction;
using Claimtrail.Text;

namespace Claimtrail.Pipeline;

/// <summary>The stages an <see cref="AnalysisPipeline"/> is composed of; any one can be replaced.</summary>
public sealed record AnalysisComponents
{
    /// <summary>Normalises extracted prose.</summary>
    public required ITextNormalizer Normalizer { get; init; }

    /// <summary>Detects the report language.</summary>
    public required ILanguageDetector Language { get; init; }

    /// <summary>Finds attributions.</summary>
    public required IAttributionExtractor Attributions { get; init; }

    /// <summary>Classifies stance.</summary>
    public required IStanceClassifier Stance { get; init; }

    /// <summary>Finds hedges.</summary>
    public required IHedgeDetector Hedges { get; init; }

    /// <summary>Finds cited evidence.</summary>
    public required IEvidenceDetector Evidence { get; init; }

    /// <summary>Finds named entities.</summary>
    public required IEntityRecognizer Entities { get; init; }

    /// <summary>Finds places.</summary>
    public required IPlaceFinder Places { get; init; }

    /// <summary>Puts places on the map.</summary>
    public required Geo.IGeocoder Geocoder { get; init; }

    /// <summary>Scores each mention's content for check-worthiness; none: mentions carry no score.</summary>
    public CheckWorthiness.ICheckWorthinessScorer? CheckWorthiness { get; init; }

    /// <summary>Groups mentions into claims.</summary>
    public required IClaimClusterer Claims { get; init; }
}
