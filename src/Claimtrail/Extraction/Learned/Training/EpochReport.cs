using Claimtrail.Evaluation;

namespace Claimtrail.Extraction.Learned.Training;

/// <summary>What one training epoch achieved.</summary>
/// <param name="Member">1-based number of the ensemble member being trained.</param>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="CueErrors">Training tokens whose cue label was wrong before the update.</param>
/// <param name="RoleErrors">Training tokens whose role label was wrong before the update.</param>
/// <param name="Dev">The averaged model's score on the development data, when given.</param>
/// <param name="Elapsed">Time since training started.</param>
public sealed record EpochReport(int Member, int Epoch, int CueErrors, int RoleErrors, AttributionScore? Dev, TimeSpan Elapsed);
