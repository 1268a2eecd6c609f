using Claimtrail.Evaluation;

namespace Claimtrail.Extraction.Learned.Training;

/// <summary>A trained attribution model as the bytes that ship, and how it scores.</summary>
/// <param name="ModelBytes">The model file (gzip-compressed); load it with <see cref="TrainedAttributionExtractor.FromBytes"/>.</param>
/// <param name="Dev">The saved model's score on the development data, when given.</param>
/// <param name="Elapsed">Training time, without the final scoring.</param>
/// <param name="CueBias">The cue decoding bias the model carries (given, or chosen on dev).</param>
public sealed record TrainingResult(byte[] ModelBytes, AttributionScore? Dev, TimeSpan Elapsed, float CueBias);
