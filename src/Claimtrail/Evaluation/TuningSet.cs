namespace Claimtrail.Evaluation;

/// <summary>A gold set the match threshold is tuned on, never fitted on.</summary>
/// <param name="Name">What it is (a file path).</param>
/// <param name="Pairs">Its pairs.</param>
/// <param name="TargetF1">The F1 it should reach; the threshold maximises the worst margin above the targets.</param>
public sealed record TuningSet(string Name, IReadOnlyList<SentencePair> Pairs, double TargetF1);
