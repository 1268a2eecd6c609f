namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// Trains the <see cref="NerTagger"/>: a structured averaged perceptron (Collins 2002) over whole sentences, decoded
/// with Viterbi under the BIO constraints. Sentences are visited in an order shuffled by the seed each epoch, so the
/// same data, seed and options give the same model bytes.
/// </summary>
public static class NerTrainer
{
    // At most how many passes over the types, and the moves tried for each type's bias.
    private const int TypeBiasRounds = 2;
    private static readonly float[] TypeBiasSteps = [-16f, -8f, -4f, 4f, 8f, 16f];

    /// <summary>Trains on <paramref name="train"/>; after each epoch scores the averaged model on <paramref name="dev"/> when given (dev is never trained on).</summary>
    /// <param name="train">Annotated sentences.</param>
    /// <param name="dev">Annotated sentences to report figures on, or null.</param>
    /// <param name="options">Seed, epochs, table size.</param>
    /// <param name="progress">Told each epoch's figures: epoch, mistakes made in training, dev F1 (NaN without dev).</param>
    /// <param name="cancellationToken">Stops training between sentences.</param>
    public static NerTagger Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerTrainingOptions options, Action<int, int, double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var features = NerTagger.DefaultFeatures();
        var table = new WeightTable(options.HashBits, NerLabels.Count);
        var examples = Prepare(options.LowercaseNewsForSocial ? [.. train, .. LowercasedNews(train)] : train, features, table, cancellationToken);
        table.BeginTraining();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count)
            .SelectMany(i => Enumerable.Repeat(i, examples[i].Domain == NerDomain.Social ? Math.Max(1, options.SocialRepeats) : 1))
            .ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                mistakes += Learn(table, examples[index]) ? 1 : 0;
                table.Tick();
            }

            var f1 = double.NaN;
            if (dev is not null && dev.Count > 0 && (options.ScoreEveryEpoch || epoch == options.Epochs))
            {
                f1 = NerEvaluation.Score(new NerTagger(table.Averaged(), features), dev, cancellationToken).F1;
            }

            progress?.Invoke(epoch, mistakes, f1);
        }

        var averaged = table.Averaged();
        averaged.Compact(options.PruneBelow);
        return new NerTagger(averaged, features);
    }

    /// <summary>
    /// The entity biases for <paramref name="domain"/> (see <see cref="NerTagger.BiasFor"/>) that give the best F1 on
    /// <paramref name="dev"/>: first one bias for all types from a fixed grid, then each type's moved by fixed steps,
    /// type by type, for as long as a move betters F1 (ties keep the bias as it is). Returns the tagger with them and
    /// the figures.
    /// </summary>
    public static (NerTagger Tagger, IReadOnlyList<float> Bias, NerScore Score) ChooseBias(NerTagger tagger, NerDomain domain, IReadOnlyList<NerSentence> dev, Action<string, NerScore>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(dev);
        (NerTagger Tagger, float[] Bias, NerScore Score)? best = null;
        foreach (var bias in (float[])[0f, 2f, 4f, 8f, 16f, 32f, 64f, 128f])
        {
            var all = NerLabels.Types.Select(_ => bias).ToArray();
            var candidate = tagger.WithBias(domain, all);
            var score = NerEvaluation.Score(candidate, dev, cancellationToken);
            progress?.Invoke(Describe(all), score);
            if (best is null || score.F1 > best.Value.Score.F1)
            {
                best = (candidate, all, score);
            }
        }

        for (var round = 0; round < TypeBiasRounds; round++)
        {
            var moved = false;
            for (var type = 0; type < NerLabels.Types.Count; type++)
            {
                foreach (var step in TypeBiasSteps)
                {
                    var biases = (float[])best!.Value.Bias.Clone();
                    biases[type] += step;
                    var candidate = tagger.WithBias(domain, biases);
                    var score = NerEvaluation.Score(candidate, dev, cancellationToken);
                    progress?.Invoke(Describe(biases), score);
                    if (score.F1 > best.Value.Score.F1)
                    {
                        best = (candidate, biases, score);
                        moved = true;
                    }
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return best!.Value;
    }

    private static string Describe(float[] biases) =>
        string.Join(' ', NerLabels.Types.Select((t, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t} {biases[i]:0.#}")));

    private static IEnumerable<NerSentence> LowercasedNews(IReadOnlyList<NerSentence> sentences) =>
        sentences.Where(s => s.Domain == NerDomain.News).Select(s => s with
        {
            Id = s.Id + "/lower",
            DocumentId = s.DocumentId is null ? null : s.DocumentId + "/lower",
            Tokens = [.. s.Tokens.Select(t => t.ToLowerInvariant())],
            Domain = NerDomain.Social,
        });

    private static List<(int[] Buckets, int[] Gold, NerDomain Domain)> Prepare(IReadOnlyList<NerSentence> sentences, NerFeatures features, WeightTable table, CancellationToken cancellationToken)
    {
        var examples = new List<(int[], int[], NerDomain)>(sentences.Count);
        foreach (var document in NerDocuments.Group(sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var memory = features.Remember([.. document.Select(s => s.Tokens)]);
            foreach (var sentence in document)
            {
                if (sentence.Tokens.Count == 0)
                {
                    continue;
                }

                var tags = sentence.Tags ?? throw new ArgumentException($"sentence {sentence.Id} has no gold tags", nameof(sentences));
                var buckets = new int[sentence.Tokens.Count * NerFeatures.PerToken];
                features.Extract(sentence.Tokens, sentence.Domain, memory, table, buckets);
                examples.Add((buckets, [.. tags.Select(NerLabels.Parse)], sentence.Domain));
            }
        }

        return examples;
    }

    // One perceptron step: decode, and where the best sequence differs from gold, move weights towards gold.
    private static bool Learn(WeightTable table, (int[] Buckets, int[] Gold, NerDomain Domain) example)
    {
        var (buckets, gold, _) = example;
        var n = gold.Length;
        var predicted = new int[n];
        NerTagger.Decode(table, buckets, n, predicted);
        var wrong = false;
        for (var i = 0; i < n; i++)
        {
            var previousGold = i == 0 ? table.Labels : gold[i - 1];
            var previousPredicted = i == 0 ? table.Labels : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                wrong = true;
                var features = buckets.AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken);
                table.UpdateEmission(features, gold[i], 1f);
                table.UpdateEmission(features, predicted[i], -1f);
            }

            if (gold[i] != predicted[i] || previousGold != previousPredicted)
            {
                table.UpdateTransition(previousGold, gold[i], 1f);
                table.UpdateTransition(previousPredicted, predicted[i], -1f);
            }
        }

        return wrong;
    }
}
