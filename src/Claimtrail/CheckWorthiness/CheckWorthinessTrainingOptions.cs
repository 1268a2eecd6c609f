namespace Claimtrail.CheckWorthiness;

/// <summary>How a check-worthiness model is trained.</summary>
/// <param name="Seed">Seeds the order of examples; the same seed and data give the same model.</param>
/// <param name="Epochs">Passes over the training data; the epoch with the best dev MAP is kept.</param>
/// <param name="LearningRate">Step size of the first epoch; epoch e uses it divided by (1 + e / 2).</param>
/// <param name="L2">Weight decay applied to the weights an example touches.</param>
/// <param name="PositiveWeight">
/// How much more a check-worthy example counts than another. 1 by default: weighting the rare positives up made
/// the ranking worse on CheckThat! dev (MAP 0.198 at 1, 0.176 at 3, 0.171 at the square root of the class ratio,
/// 0.151 at 10), and the threshold, not the loss, is what sets how many sentences are called check-worthy.
/// </param>
public sealed record CheckWorthinessTrainingOptions(int Seed, int Epochs = 8, double LearningRate = 0.1, double L2 = 1e-5, double PositiveWeight = 1);
