using System.CommandLine;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval stance FILE.jsonl</c>: scores stance and hedges on a gold set of sentences
/// (format in <see cref="StanceGoldReader"/>, scoring in <see cref="StanceScore"/>); misses go to stderr.
/// </summary>
public static class EvalStanceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Gold cases as JSON Lines ({id, text, content?, stance, hedges})." };
        var command = new Command("stance", "Score stance (accuracy per kind and the confusion matrix) and hedge detection (precision and recall).")
        {
            file,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var malformed = 0;
        IReadOnlyList<StanceGoldCase> cases;
        try
        {
            cases = StanceGoldReader.ReadFile(path, error => EvalRelayCommand.ReportMalformed(context, error, ref malformed), cancellationToken);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var score = await Task.Run(() => new StanceScorer(AnalysisPipeline.CreateDefault()).Evaluate(cases, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var line in score.ToLines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        foreach (var (gold, got) in score.Misses)
        {
            var found = got is null ? "no mention" : $"{StanceNames.Name(got.Stance)} [{string.Join(", ", got.Hedges)}]";
            await context.Error.WriteLineAsync($"miss {gold.Id}: expected {StanceNames.Name(gold.Stance)} [{string.Join(", ", gold.Hedges)}], got {found}").ConfigureAwait(false);
        }

        return EvalExit.Of(context, path, score.Cases, malformed);
    }
}
