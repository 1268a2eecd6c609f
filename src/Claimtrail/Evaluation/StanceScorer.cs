using Claimtrail.Pipeline;

namespace Claimtrail.Evaluation;

/// <summary>
/// Scores stance and hedges: each case's text goes through the pipeline as it is, the mention the case is about
/// is picked (<see cref="MentionPicker"/>), and its stance and hedges are compared with the gold ones (<see cref="StanceScore"/>).
/// </summary>
public sealed class StanceScorer
{
    private readonly AnalysisPipeline _pipeline;

    /// <summary>Scores the analysis of <paramref name="pipeline"/>.</summary>
    public StanceScorer(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <summary>Scores every case.</summary>
    public StanceScore Evaluate(IEnumerable<StanceGoldCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var score = new StanceScore();
        foreach (var gold in cases)
        {
            var report = _pipeline.AnalyzeNormalized(gold.Text, gold.Id, cancellationToken);
            score.Add(gold, MentionPicker.Pick(report, gold.Content));
        }

        return score;
    }
}
