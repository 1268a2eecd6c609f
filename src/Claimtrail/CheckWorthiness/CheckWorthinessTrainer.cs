using System.Diagnostics;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// Trains the check-worthiness logistic regression by stochastic gradient descent in a seeded order (one
/// thread, so the same seed and data give the same bytes). After each epoch the model is ranked on the dev records and the epoch with
/// the best mean average precision is kept; the threshold for calling a sentence check-worthy is then chosen
/// for F1 on the tuning records (dev records when there are none).
/// </summary>
public static class CheckWorthinessTrainer
{
    /// <summary>Weights smaller than this are not saved.</summary>
    public const float Prune = 1e-4f;

    /// <summary>Trains a model; <paramref name="onEpoch"/> hears each epoch's number and dev figures.</summary>
    public static CheckWorthinessTrainingResult Train(
        IReadOnlyList<CheckWorthyRecord> train,
        IReadOnlyList<CheckWorthyRecord> dev,
        IReadOnlyList<CheckWorthyRecord> tune,
        CheckWorthinessTrainingOptions options,
        Action<int, CheckWorthyScore?>? onEpoch = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(tune);
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0 || !train.Any(r => r.Label) || train.All(r => r.Label))
        {
            throw new ArgumentException("training needs both check-worthy and other sentences", nameof(train));
        }

        var clock = Stopwatch.StartNew();
        var examples = train.Select(r => Features(r.Sentence)).ToArray();
        var devFeatures = dev.Select(r => Features(r.Sentence)).ToArray();
        var positiveWeight = options.PositiveWeight;
        var weights = new float[1 << CheckWorthinessFeatures.Bits];
        float[]? best = null;
        var bestMap = double.NegativeInfinity;
        var bestEpoch = 0;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = options.LearningRate / (1 + (epoch - 1) / 2d);
            foreach (var i in order)
            {
                var features = examples[i];
                var p = CheckWorthinessModel.Sigmoid(CheckWorthinessModel.Margin(weights, features));
                var y = train[i].Label ? 1d : 0d;
                var gradient = (p - y) * (train[i].Label ? positiveWeight : 1d);
                foreach (var f in features)
                {
                    weights[f] -= (float)(rate * (gradient + options.L2 * weights[f]));
                }
            }

            CheckWorthyScore? score = null;
            if (dev.Count > 0)
            {
                score = CheckWorthyScore.Of(dev, Scores(weights, devFeatures), 0.5);
            }

            onEpoch?.Invoke(epoch, score);

            // Without dev records the last epoch is kept; with them, the best ranking (the task's official measure).
            var map = score?.MeanAveragePrecision ?? epoch;
            if (map > bestMap)
            {
                bestMap = map;
                bestEpoch = epoch;
                best = (float[])weights.Clone();
            }
        }

        // Score with the weights as they will be saved (pruned, half precision), so the threshold fits the file.
        var rounded = Roundtrip(best!);
        var tuning = tune.Count > 0 ? tune : dev;
        var threshold = tuning.Count > 0 ? BestThreshold(tuning, Scores(rounded, [.. tuning.Select(r => Features(r.Sentence))])) : 0.5;
        // Stored in single precision: never above the chosen score, or that sentence would fall under it.
        var stored = (float)threshold > threshold ? MathF.BitDecrement((float)threshold) : (float)threshold;
        var bytes = CheckWorthinessModel.Serialize(best!, stored, Prune);
        var model = CheckWorthinessModel.FromBytes(bytes);
        var devScore = dev.Count > 0 ? CheckWorthyScore.Of(dev, [.. dev.Select(r => model.Score(r.Sentence))], model.Threshold) : null;
        var tuneScore = tune.Count > 0 ? CheckWorthyScore.Of(tune, [.. tune.Select(r => model.Score(r.Sentence))], model.Threshold) : null;
        return new CheckWorthinessTrainingResult(bytes, bestEpoch, positiveWeight, model.Threshold, devScore, tuneScore, clock.Elapsed);
    }

    private static List<int> Features(string sentence)
    {
        var features = new List<int>(64);
        CheckWorthinessFeatures.Extract(sentence, features);
        return features;
    }

    private static double[] Scores(float[] weights, IReadOnlyList<List<int>> features) =>
        [.. features.Select(f => CheckWorthinessModel.Sigmoid(CheckWorthinessModel.Margin(weights, f)))];

    private static float[] Roundtrip(float[] weights) =>
        [.. weights.Select(w => Math.Abs(w) >= Prune ? (float)(Half)w : 0f)];

    // The score threshold with the best F1, among the scores themselves; the lowest such on a tie.
    private static double BestThreshold(IReadOnlyList<CheckWorthyRecord> records, double[] scores)
    {
        var order = Enumerable.Range(0, records.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = records.Count(r => r.Label);
        int truePositives = 0;
        double bestF1 = -1, best = 0.5;
        for (var k = 0; k < order.Length; k++)
        {
            truePositives += records[order[k]].Label ? 1 : 0;
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
            {
                continue; // A threshold cannot split tied scores.
            }

            var precision = (double)truePositives / (k + 1);
            var recall = positives == 0 ? 0 : (double)truePositives / positives;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = scores[order[k]];
            }
        }

        return best;
    }
}
