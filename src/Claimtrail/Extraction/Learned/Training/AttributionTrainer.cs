using System.Diagnostics;
using Claimtrail.Evaluation;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned.Training;

/// <summary>
/// Trains an <see cref="AttributionModel"/> with the averaged structured perceptron (Collins 2002):
/// for each training sequence, decode with the current weights and, where the decoded labels differ
/// from the gold ones, add the gold features and subtract the decoded ones; the final weights are the
/// average over all steps, which generalises much better than the last ones. The cue tagger learns
/// from paragraphs, the source/content tagger from the window around each gold cue. Single-threaded
/// and shuffled with a seeded <see cref="Random"/>, so the same seed gives the same weights.
/// </summary>
public static class AttributionTrainer
{
    // Forms never seen in a cue are kept in the shipped statistics only when this frequent.
    private const int MinOccurrences = 5;

    /// <summary>
    /// Trains on <paramref name="train"/>, reporting each epoch (scored on <paramref name="dev"/> when
    /// given), and returns the saved model with the saved model's own dev score.
    /// </summary>
    public static TrainingResult Train(
        IReadOnlyList<GoldDocument> train,
        IReadOnlyList<GoldDocument>? dev,
        TrainingOptions options,
        Action<EpochReport>? onEpoch,
        Action<float, AttributionScore>? onBias = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var model = TrainModel(train, dev, options, onEpoch, onBias, cancellationToken);
        var bytes = model.ToBytes();
        var elapsed = clock.Elapsed;

        // Score what ships: the saved weights are pruned and rounded to half precision.
        AttributionScore? score = null;
        if (dev is not null)
        {
            using var stream = new MemoryStream(bytes);
            score = Score(AttributionModel.Load(stream, "model"), dev);
        }

        return new TrainingResult(bytes, score, elapsed, model.CueBias);
    }

    /// <summary>Trains the model itself (see <see cref="Train"/>).</summary>
    internal static AttributionModel TrainModel(
        IReadOnlyList<GoldDocument> train,
        IReadOnlyList<GoldDocument>? dev,
        TrainingOptions options,
        Action<EpochReport>? onEpoch,
        Action<float, AttributionScore>? onBias,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var documents = train.Select(Prepare).ToList();
        var totals = new Dictionary<ulong, (int Cue, int Total)>();
        foreach (var document in documents)
        {
            foreach (var (key, (cue, total)) in document.OwnCounts)
            {
                CueStatistics.Add(totals, key, cue, total);
            }
        }

        var statistics = new CueStatistics(totals);
        foreach (var document in documents)
        {
            statistics.Annotate(document.View, document.OwnCounts);
        }

        statistics = statistics.Pruned(MinOccurrences);
        var cueExamples = new List<(int Document, int Paragraph)>();
        var roleExamples = new List<(int Document, int Attribution)>();
        for (var d = 0; d < documents.Count; d++)
        {
            for (var p = 0; p < documents[d].View.Paragraphs.Count; p++)
            {
                cueExamples.Add((d, p));
            }

            for (var a = 0; a < documents[d].Cues.Count; a++)
            {
                roleExamples.Add((d, a));
            }
        }

        // Members trained on differently shuffled data and averaged: one linear model, so inference
        // costs the same as for one member, with less of the variance a single shuffle leaves.
        var cueSum = new WeightTable(options.CueBits, 3);
        var roleSum = new WeightTable(options.RoleBits, 3);
        var tagger = new AttributionTagger();
        for (var member = 0; member < options.Members; member++)
        {
            var cues = new WeightTable(options.CueBits, 3);
            var roles = new WeightTable(options.RoleBits, 3);
            cues.BeginTraining();
            roles.BeginTraining();
            var random = new Random(options.Seed + member * 7919);
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Shuffle(cueExamples, random);
                Shuffle(roleExamples, random);
                var cueErrors = 0;
                foreach (var (d, p) in cueExamples)
                {
                    var document = documents[d];
                    var (start, end) = document.View.Paragraphs[p];
                    var predicted = tagger.TagCues(cues, document.View, start, end);
                    cueErrors += Learn(cues, tagger.Features, CueFeatures.Count, document.CueLabels.AsSpan(start, end - start), predicted);
                }

                var roleErrors = 0;
                var gold = new int[256];
                foreach (var (d, a) in roleExamples)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = documents[d];
                    var cue = document.Cues[a];
                    var (start, end) = AttributionTagger.Window(document.View, cue.Start, cue.End);
                    if (gold.Length < end - start)
                    {
                        gold = new int[(end - start) * 2];
                    }

                    var goldSpan = gold.AsSpan(0, end - start);
                    cue.Labels(start, goldSpan);
                    var predicted = tagger.TagRoles(roles, document.View, new RoleFeatures.Cue(cue.Start, cue.End, document.CueTokensBefore), start, end);
                    roleErrors += Learn(roles, tagger.Features, RoleFeatures.Count, goldSpan, predicted);
                }

                AttributionScore? score = null;
                if (dev is not null)
                {
                    score = Score(new AttributionModel(cues.Averaged(), roles.Averaged(), statistics) { CueBias = options.CueBias ?? 0f }, dev);
                }

                onEpoch?.Invoke(new EpochReport(member + 1, epoch, cueErrors, roleErrors, score, clock.Elapsed));
            }

            cueSum.AddScaled(cues.Averaged(), 1f / options.Members);
            roleSum.AddScaled(roles.Averaged(), 1f / options.Members);
        }

        // Tune and score exactly what will be saved.
        var model = new AttributionModel(cueSum, roleSum, statistics) { CueBias = options.CueBias ?? 0f };
        model.Compact(options.PruneBelow);
        model.Freeze();
        if (options.CueBias is null && dev is not null)
        {
            var chosen = 0f;
            var best = double.NegativeInfinity;
            foreach (var bias in TrainingOptions.CueBiasGrid)
            {
                model.CueBias = bias;
                var score = Score(model, dev);
                var sum = score.Cue.Overlap.F1 + score.Source.Overlap.F1 + score.Content.Overlap.F1;
                onBias?.Invoke(bias, score);
                if (sum > best)
                {
                    best = sum;
                    chosen = bias;
                }
            }

            model.CueBias = chosen;
        }

        return model;
    }

    /// <summary>Scores <paramref name="model"/> on <paramref name="documents"/> by the rules of <see cref="AttributionScorer"/>.</summary>
    internal static AttributionScore Score(AttributionModel model, IReadOnlyList<GoldDocument> documents)
    {
        var tagger = new AttributionTagger();
        var total = AttributionScore.Empty;
        foreach (var document in documents)
        {
            var predictions = tagger.Extract(model, AnalysedText.Create(document.Text))
                .Select(a => new PredictedAttribution(a.CueSpan, a.Speaker.Span, a.Content))
                .ToList();
            total = total.Add(AttributionScorer.Score(document, predictions));
        }

        return total;
    }

    private static int Learn(WeightTable table, ReadOnlySpan<int> features, int count, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var errors = 0;
        var previousGold = table.Labels;
        var previousPredicted = table.Labels;
        for (var i = 0; i < gold.Length; i++)
        {
            var g = gold[i];
            var p = predicted[i];
            if (g != p)
            {
                errors++;
                var slice = features.Slice(i * count, count);
                table.UpdateEmission(slice, g, 1f);
                table.UpdateEmission(slice, p, -1f);
            }

            if (g != p || previousGold != previousPredicted)
            {
                table.UpdateTransition(previousGold, g, 1f);
                table.UpdateTransition(previousPredicted, p, -1f);
            }

            previousGold = g;
            previousPredicted = p;
        }

        table.Tick();
        return errors;
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static PreparedDocument Prepare(GoldDocument document)
    {
        var analysed = AnalysedText.Create(document.Text);
        var view = TokenView.Create(analysed);
        var tokens = analysed.Tokens;
        var cueLabels = new int[view.Count];
        var cues = new List<GoldCue>(document.Attributions.Count);
        var before = new int[view.Count + 1];
        foreach (var attribution in document.Attributions)
        {
            int first = int.MaxValue, last = -1;
            foreach (var fragment in attribution.Cue.Fragments)
            {
                var (start, end) = TokenRange(tokens, fragment);
                for (var i = start; i < end; i++)
                {
                    cueLabels[i] = i == start ? AttributionTagger.CueBegin : AttributionTagger.CueInside;
                    before[i + 1] = 1;
                }

                if (start < end)
                {
                    first = Math.Min(first, start);
                    last = Math.Max(last, end);
                }
            }

            if (last < 0)
            {
                continue;
            }

            var roles = new Dictionary<int, int>();
            foreach (var fragment in attribution.Content.Fragments)
            {
                Mark(roles, TokenRange(tokens, fragment), AttributionTagger.RoleContent);
            }

            if (attribution.Source is not null)
            {
                foreach (var fragment in attribution.Source.Fragments)
                {
                    Mark(roles, TokenRange(tokens, fragment), AttributionTagger.RoleSource);
                }
            }

            cues.Add(new GoldCue(first, last, roles));
        }

        for (var i = 0; i < view.Count; i++)
        {
            before[i + 1] += before[i];
        }

        cues.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new PreparedDocument(view, cueLabels, cues, before, CueStatistics.CountDocument(view, cueLabels));
    }

    private static void Mark(Dictionary<int, int> roles, (int Start, int End) range, int label)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            roles[i] = label;
        }
    }

    // Tokens that share at least one character with the span.
    private static (int Start, int End) TokenRange(IReadOnlyList<Token> tokens, TextSpan span)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < tokens.Count && tokens[end].Start < span.End)
        {
            end++;
        }

        return (lo, end);
    }

    private sealed record PreparedDocument(TokenView View, int[] CueLabels, List<GoldCue> Cues, int[] CueTokensBefore, Dictionary<ulong, (int Cue, int Total)> OwnCounts);

    private sealed record GoldCue(int Start, int End, Dictionary<int, int> Roles)
    {
        public void Labels(int windowStart, Span<int> labels)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                var j = windowStart + i;
                labels[i] = j >= Start && j < End ? AttributionTagger.RoleOutside : Roles.GetValueOrDefault(j, AttributionTagger.RoleOutside);
            }
        }
    }
}
