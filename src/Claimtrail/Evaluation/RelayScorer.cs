using Claimtrail.Pipeline;

namespace Claimtrail.Evaluation;

/// <summary>
/// Scores relay chains: each case's text goes through the pipeline as it is, the mention whose content
/// overlaps the case's content most is picked (<see cref="MentionPicker"/>), and its speaker and chain are
/// compared with the gold ones (<see cref="RelayScore"/>).
/// </summary>
public sealed class RelayScorer
{
    private readonly AnalysisPipeline _pipeline;

    /// <summary>Scores the extraction of <paramref name="pipeline"/>.</summary>
    public RelayScorer(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <summary>Scores every case.</summary>
    public RelayScore Evaluate(IEnumerable<RelayGoldCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var score = new RelayScore();
        foreach (var gold in cases)
        {
            var report = _pipeline.AnalyzeNormalized(gold.Text, gold.Id, cancellationToken);
            score.Add(gold, MentionPicker.Pick(report, gold.Content));
        }

        return score;
    }
}
