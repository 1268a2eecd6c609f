using System.CommandLine;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Matching;
using Claimtrail.Matching.Embeddings;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval match FILE.jsonl</c>: scores the claim matcher on gold sentence pairs
/// (<c>{id, a, b, same, group}</c>) and prints the counts, then one line
/// <c>match P=… R=… F1=… AUC=…</c> at the model's operating threshold.
/// </summary>
public static class EvalMatchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Gold pairs as JSON Lines: {id, a, b, same, group}." };
        var model = new Option<string?>("--model") { Description = "A match model written by 'eval fit-match' (default: the model shipped with claimtrail)." };
        var command = new Command("match", "Score claim matching: precision, recall and F1 at the operating threshold, and ROC AUC; malformed lines are reported and skipped.")
        {
            file,
            model,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, string? modelPath, CancellationToken cancellationToken)
    {
        var malformed = 0;
        MatchScore score;
        try
        {
            var model = modelPath is null ? DefaultMatcher.LoadModel() : MatchModelFile.Read(modelPath);
            var pairs = SentencePairReader.ReadFile(path, error =>
            {
                malformed++;
                context.Error.WriteLine("claimtrail: " + error.Message);
            }, cancellationToken);
            using var embedder = new MiniLmEmbedder();
            using var vectors = new CachingSentenceEmbedder(embedder);
            var matcher = new HybridClaimMatcher(vectors, model);

            // Embedding is CPU-bound; keep it off the caller's thread.
            score = await Task.Run(() => MatchEvaluator.Evaluate(pairs, matcher, cancellationToken), cancellationToken).ConfigureAwait(false);
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

        if (score.Pairs == 0)
        {
            await context.Error.WriteLineAsync($"claimtrail: {path}: no pairs to score").ConfigureAwait(false);
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
