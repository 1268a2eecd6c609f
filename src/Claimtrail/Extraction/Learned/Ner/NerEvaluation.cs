namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>Tags annotated sentences document by document and scores the tags against theirs.</summary>
public static class NerEvaluation
{
    /// <summary>Entity-level scores of <paramref name="tagger"/> on <paramref name="sentences"/> (each with gold tags).</summary>
    public static NerScore Score(NerTagger tagger, IReadOnlyList<NerSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var score = new NerScore();
        foreach (var document in NerDocuments.Group(sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var labels = tagger.Tag([.. document.Select(s => s.Tokens)], document[0].Domain);
            for (var s = 0; s < document.Count; s++)
            {
                var gold = document[s].Tags ?? throw new ArgumentException($"sentence {document[s].Id} has no gold tags", nameof(sentences));
                score.Add(gold, [.. labels[s].Select(l => NerLabels.Names[l])]);
            }
        }

        return score;
    }
}
