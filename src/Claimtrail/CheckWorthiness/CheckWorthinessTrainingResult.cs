namespace Claimtrail.CheckWorthiness;

/// <summary>What a training run made.</summary>
/// <param name="ModelBytes">The model file.</param>
/// <param name="BestEpoch">The epoch kept (1-based).</param>
/// <param name="PositiveWeight">The weight a check-worthy example had.</param>
/// <param name="Threshold">The threshold chosen for F1 on the tuning records.</param>
/// <param name="Dev">Figures of the saved model on the dev records (MAP), or null without them.</param>
/// <param name="Tune">Figures of the saved model on the tuning records (F1), or null without them.</param>
/// <param name="Elapsed">Training time.</param>
public sealed record CheckWorthinessTrainingResult(byte[] ModelBytes, int BestEpoch, double PositiveWeight, double Threshold, CheckWorthyScore? Dev, CheckWorthyScore? Tune, TimeSpan Elapsed);
