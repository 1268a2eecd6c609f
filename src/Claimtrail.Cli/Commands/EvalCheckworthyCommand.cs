using System.CommandLine;
using Claimtrail.CheckWorthiness;
using Claimtrail.Errors;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval checkworthy FILE.jsonl</c>: scores the check-worthiness model on CheckThat!-format data
/// (MAP per transcript, the task's measure) or ClaimBuster-format data (P, R, F1 at the model's threshold),
/// recognising the format from the records (see <see cref="CheckWorthyScore"/>).
/// </summary>
public static class EvalCheckworthyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Labelled sentences as JSON Lines: CheckThat! ({id, sentence, label, doc_id, line_number}) or ClaimBuster ({id, sentence, label, doc_group})." };
        var model = new Option<string?>("--model") { Description = "Score this model file instead of the shipped one." };
        var part = new Option<string>("--part")
        {
            Description = "Of a ClaimBuster-format file, score all of it, only the part used for training, or only the part kept aside for tuning (tune).",
            DefaultValueFactory = _ => "all",
        };
        part.AcceptOnlyFromAmong("all", "train", "tune");
        var command = new Command("checkworthy", "Score check-worthiness: MAP, P@5, P@10 per transcript on CheckThat! data; precision, recall and F1 at the model's threshold on every file.")
        {
            file,
            model,
            part,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, parse.GetValue(model), parse.GetValue(part)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, string? modelPath, string part, CancellationToken cancellationToken)
    {
        var malformed = 0;
        IReadOnlyList<CheckWorthyRecord> records;
        CheckWorthinessModel model;
        try
        {
            model = modelPath is null ? CheckWorthinessModel.Shipped : CheckWorthinessModel.FromFile(modelPath);
            records = CheckWorthyReader.ReadFile(path, error => EvalRelayCommand.ReportMalformed(context, error, ref malformed), cancellationToken);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var selected = CheckWorthySplit.Select(records, part switch
        {
            "train" => CheckWorthySplit.Part.Train,
            "tune" => CheckWorthySplit.Part.Tune,
            _ => CheckWorthySplit.Part.All,
        });
        var scores = selected.Select(r => model.Score(r.Sentence)).ToList();
        await context.Error.WriteLineAsync($"claimtrail: model {model.Version}").ConfigureAwait(false);
        foreach (var line in CheckWorthyScore.Of(selected, scores, model.Threshold).ToLines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        return EvalExit.Of(context, path, selected.Count, malformed);
    }
}
