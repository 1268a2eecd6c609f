using System.CommandLine;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Extraction.Rules;
using Claimtrail.Extraction.Learned;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval attribution FILE.jsonl</c>: scores attribution extraction against PolNeAR-format
/// gold data (see <see cref="AttributionScorer"/> for the rules) and prints a fixed-shape report.
/// </summary>
public static class EvalAttributionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Gold attributions as JSON Lines in the PolNeAR format ({doc_id, text, attributions})." };
        var extractor = new Option<string>("--extractor")
        {
            Description = "Which attribution extractor to score: the default pipeline's (default: the trained model combined with the rules), the rules alone (rules), or the shipped trained model alone (trained).",
            DefaultValueFactory = _ => "default",
        };
        extractor.AcceptOnlyFromAmong("default", "rules", "trained");
        var model = new Option<string?>("--model") { Description = "Score the trained extractor with this model file instead of the shipped one." };
        var command = new Command("attribution", "Score cue, source and content spans (exact and token-overlap matching); malformed lines are reported and skipped.")
        {
            file,
            extractor,
            model,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(file)!, parse.GetValue(extractor)!, parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, string extractor, string? model, CancellationToken cancellationToken)
    {
        var malformed = 0;
        AttributionScore score;
        try
        {
            var scorer = model is not null
                ? AttributionScorer.ForExtractor(TrainedAttributionExtractor.FromFile(model))
                : extractor == "trained"
                    ? AttributionScorer.ForExtractor(TrainedAttributionExtractor.Shipped)
                    : extractor == "rules"
                        ? AttributionScorer.ForExtractor(new RuleAttributionExtractor())
                        : new AttributionScorer(AnalysisPipeline.CreateDefault());
            var documents = PolnearReader.ReadFile(path, error =>
            {
                Interlocked.Increment(ref malformed);
                lock (context.Error)
                {
                    context.Error.WriteLine("claimtrail: " + error.Message);
                }
            }, cancellationToken);

            // Scoring is CPU-bound and parallel; keep it off the caller's thread.
            score = await Task.Run(() => scorer.Evaluate(documents, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        foreach (var line in score.ToLines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        if (score.Documents == 0)
        {
            await context.Error.WriteLineAsync($"claimtrail: {path}: no documents to score").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (malformed > 0)
        {
            await context.Error.WriteLineAsync($"claimtrail: {path}: {malformed} malformed line(s) skipped").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }
}
