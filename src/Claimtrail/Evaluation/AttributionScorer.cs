using System.Runtime.ExceptionServices;
using Claimtrail.Extraction;
using Claimtrail.Pipeline;

namespace Claimtrail.Evaluation;

/// <summary>
/// Scores attribution extraction against gold documents (PolNeAR format) by running a pipeline over
/// each document's text as given, so predicted offsets point into the same text as the gold ones.
/// </summary>
/// <remarks>
/// <para>The rules, applied to each document and summed over the file (micro-averaging):</para>
/// <list type="number">
/// <item><description>The document text is split with <see cref="Text.Tokenizer"/>. A span's tokens are
/// the tokens whose range intersects any of its fragments, punctuation tokens left out; a span made
/// only of punctuation (a ":" cue) keeps its punctuation tokens. Discontinuous spans are therefore
/// scored on their fragments, never on the gap between them.</description></item>
/// <item><description>Each field (cue, source, content) is matched on its own, one to one: among all
/// gold/predicted pairs sharing at least one token, the pair with the highest token Jaccard index
/// (shared / union) is taken first, ties broken by position in the text; a gold span or prediction
/// is used at most once, so duplicate predictions count once and the rest are false positives.</description></item>
/// <item><description>An <em>exact</em> match is a matched pair with identical token sets; an
/// <em>overlap</em> match is any matched pair (at least one shared token), exact ones included.</description></item>
/// <item><description>Source: gold relations without a source and predictions without a source are
/// not counted, neither as gold nor as predictions.</description></item>
/// <item><description>Nested: a prediction whose cue tokens all lie inside one gold content span and
/// which matches no gold cue is an inner relation the gold data does not annotate (PolNeAR is
/// univocal). It is left out of every field's predictions, and counted on its own line.</description></item>
/// <item><description>Precision = matches / scored predictions, recall = matches / gold spans,
/// F1 their harmonic mean; each is 0 when its denominator is 0.</description></item>
/// </list>
/// <para>Documents are scored in parallel; the totals are integer sums, so the result does not
/// depend on the order in which documents finish.</para>
/// </remarks>
public sealed class AttributionScorer
{
    private readonly AnalysisPipeline _pipeline;

    /// <summary>Scores the attributions <paramref name="pipeline"/> produces.</summary>
    public AttributionScorer(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <summary>Scores <paramref name="extractor"/> inside the default pipeline (the other stages do not change spans).</summary>
    public static AttributionScorer ForExtractor(IAttributionExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return new AttributionScorer(new AnalysisPipeline(AnalysisPipeline.DefaultComponents() with { Attributions = extractor }));
    }

    /// <summary>The extractor version being scored.</summary>
    public string ExtractorVersion => _pipeline.ExtractorVersion;

    /// <summary>What the pipeline predicts for <paramref name="document"/>'s text, offsets unchanged.</summary>
    public IReadOnlyList<PredictedAttribution> Predict(GoldDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = _pipeline.AnalyzeNormalized(document.Text, document.Id, cancellationToken);
        return [.. report.Mentions.Select(PredictedAttribution.FromMention)];
    }

    /// <summary>Predicts and scores every document, several at once; the sum is the same in any order.</summary>
    /// <exception cref="Errors.InputException">Reading the documents failed (other than a malformed line).</exception>
    public AttributionScore Evaluate(IEnumerable<GoldDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = AttributionScore.Empty;
        var gate = new object();
        try
        {
            Parallel.ForEach(
                documents,
                new ParallelOptions { CancellationToken = cancellationToken },
                () => AttributionScore.Empty,
                (document, _, local) => local.Add(Score(document, Predict(document, cancellationToken))),
                local =>
                {
                    lock (gate)
                    {
                        total = total.Add(local);
                    }
                });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // One failure (a file that stops being readable): surface it as itself, not wrapped.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return total;
    }

    /// <summary>Scores <paramref name="predictions"/> against one gold document by the rules above.</summary>
    public static AttributionScore Score(GoldDocument document, IReadOnlyList<PredictedAttribution> predictions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(predictions);
        var tokens = new SpanTokens(document.Text);
        var gold = document.Attributions;

        var goldCues = gold.Select(a => tokens.Scored(a.Cue.Fragments)).ToList();
        var predictedCues = predictions.Select(p => tokens.Scored([p.Cue])).ToList();
        var cueMatches = SpanMatcher.Match(goldCues, predictedCues);
        var cueMatched = new bool[predictions.Count];
        foreach (var pair in cueMatches)
        {
            cueMatched[pair.Predicted] = true;
        }

        var goldContentAll = gold.Select(a => tokens.All(a.Content.Fragments)).ToList();
        var scored = new List<PredictedAttribution>(predictions.Count);
        for (var p = 0; p < predictions.Count; p++)
        {
            if (!cueMatched[p] && IsInside(tokens.All([predictions[p].Cue]), goldContentAll))
            {
                continue;
            }

            scored.Add(predictions[p]);
        }

        var nested = predictions.Count - scored.Count;

        // Nested predictions never match a gold cue, so leaving them out cannot change the cue matching.
        var cue = Field(gold.Count, scored.Count, cueMatches);

        var goldSources = gold.Where(a => a.Source is not null).Select(a => tokens.Scored(a.Source!.Fragments)).ToList();
        var predictedSources = scored.Where(p => p.Source is not null).Select(p => tokens.Scored([p.Source!.Value])).ToList();
        var source = Field(goldSources.Count, predictedSources.Count, SpanMatcher.Match(goldSources, predictedSources));

        var goldContent = gold.Select(a => tokens.Scored(a.Content.Fragments)).ToList();
        var predictedContent = scored.Select(p => tokens.Scored(p.Content)).ToList();
        var content = Field(goldContent.Count, predictedContent.Count, SpanMatcher.Match(goldContent, predictedContent));

        return new AttributionScore(1, gold.Count, predictions.Count, nested, cue, source, content);
    }

    private static FieldScore Field(int gold, int predicted, List<SpanMatcher.Pair> matches) =>
        new(gold, predicted, matches.Count(m => m.Exact), matches.Count);

    // True when the cue has tokens and every one of them lies inside one gold content span.
    private static bool IsInside(int[] cue, List<int[]> goldContents) =>
        cue.Length > 0 && goldContents.Exists(content => SpanTokens.Shared(cue, content) == cue.Length);
}
