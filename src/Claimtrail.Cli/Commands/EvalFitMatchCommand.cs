using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Matching;
using Claimtrail.Matching.Embeddings;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval fit-match TRAIN.jsonl --tune DEV.jsonl=0.85 … --out model.json</c>: fits the match
/// model's weights on the training pairs and chooses its threshold on the tuning pairs; the shipped
/// model (<c>src/Claimtrail.Matching/Models/match-model.json</c>) is made this way.
/// </summary>
public static class EvalFitMatchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var train = new Argument<string>("TRAIN") { Description = "Training pairs as JSON Lines: {id, a, b, same, group}; the weights are fitted on these only." };
        var tune = new Option<string[]>("--tune")
        {
            Description = "A tuning file, optionally with its target F1 (PATH=0.85); the threshold maximises the worst margin above the targets. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var use = new Option<string?>("--features") { Description = "Comma-separated features the model weighs (default: all): " + string.Join(", ", PairFeatures.Names) + "." };
        var output = new Option<string>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var command = new Command("fit-match", "Fit the claim-matching model on training pairs and tune its threshold on dev pairs.")
        {
            train,
            tune,
            use,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(train)!, parse.GetValue(tune) ?? [], parse.GetValue(use), parse.GetValue(output)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string trainPath, string[] tuneSpecs, string? featureList, string outputPath, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? use = featureList?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = use?.FirstOrDefault(f => !PairFeatures.Names.Contains(f, StringComparer.Ordinal));
        if (unknown is not null)
        {
            await context.Error.WriteLineAsync($"claimtrail: --features: no feature is called '{unknown}'").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var malformed = 0;
        void Report(InputException error)
        {
            malformed++;
            context.Error.WriteLine("claimtrail: " + error.Message);
        }

        try
        {
            var train = SentencePairReader.ReadFile(trainPath, Report, cancellationToken).ToList();
            var tuning = new List<TuningSet>();
            foreach (var spec in tuneSpecs)
            {
                var (path, target) = ParseTune(spec);
                tuning.Add(new TuningSet(path, [.. SentencePairReader.ReadFile(path, Report, cancellationToken)], target));
            }

            if (malformed > 0)
            {
                await context.Error.WriteLineAsync($"claimtrail: {malformed} malformed line(s): no model written").ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            using var embedder = new MiniLmEmbedder();
            using var vectors = new CachingSentenceEmbedder(embedder);
            var features = new PairFeatureExtractor(vectors);
            var provenance = string.Create(
                CultureInfo.InvariantCulture,
                $"Logistic regression (ridge {MatchModelFitter.DefaultRidge}) over {string.Join(", ", use ?? PairFeatures.Names)} (MiniLM cosine of the best-matching sentences; lexical figures on those sentences), fitted on {Path.GetFileName(Path.GetDirectoryName(trainPath))}/{Path.GetFileName(trainPath)} ({train.Count} pairs) by 'claimtrail eval fit-match'.");
            var (model, f1) = await Task.Run(() => MatchModelFitter.Fit(train, tuning, features, use, provenance, cancellationToken), cancellationToken).ConfigureAwait(false);
            await using (var stream = File.Create(outputPath))
            {
                model.Save(stream);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"features={string.Join(',', model.Features)} threshold={model.Threshold:0.0000} weights={string.Join(',', model.Weights.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))} bias={model.Bias:0.000}")).ConfigureAwait(false);
            for (var i = 0; i < tuning.Count; i++)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"tune {tuning[i].Name} F1={f1[i]:0.000} target={tuning[i].TargetF1:0.00}")).ConfigureAwait(false);
            }
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"claimtrail: {outputPath}: cannot be written: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }

    private static (string Path, double Target) ParseTune(string spec)
    {
        var equals = spec.LastIndexOf('=');
        if (equals < 0)
        {
            return (spec, 0d);
        }

        return double.TryParse(spec.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var target)
            ? (spec[..equals], target)
            : throw new InputException(spec, "expected PATH or PATH=TARGET_F1");
    }
}
