using Claimtrail.Evaluation;

namespace Claimtrail.Extraction.Learned.Training;

/// <summary>A trained attribution model as the bytes that ship, and how it scores.</summary>
/// <param name="ModelBytes">The model file (gzip-compressed); load it with <see cref="TrainedAttributionExtractor.FromBytes"/>.</param>
/// <param name="Dev">The saved model's score on the development data, when given.</param>
/// <param name="Elapsed">Training time, without the final scoring.</param>
public sealed record TrainingResult(byte[] ModelBytes, AttributionScore? Dev, TimeSpan Elapsed);
