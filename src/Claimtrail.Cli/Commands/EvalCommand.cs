using System.CommandLine;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail eval …</c>: scores a stage of the pipeline against an annotated data set.</summary>
public static class EvalCommand
{
    /// <summary>Builds the parent command; each data set kind is a subcommand in its own file.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score the pipeline against human-annotated data and print precision, recall and F1.");
        command.Subcommands.Add(EvalAttributionCommand.Create(context));
        command.Subcommands.Add(EvalGeoCommand.Create(context));
        command.Subcommands.Add(EvalRelayCommand.Create(context));
        command.Subcommands.Add(EvalStanceCommand.Create(context));
        command.Subcommands.Add(EvalCheckworthyCommand.Create(context));
        command.Subcommands.Add(EvalNerCommand.Create(context));
        command.Subcommands.Add(EvalMatchCommand.Create(context));
        command.Subcommands.Add(EvalFitMatchCommand.Create(context));
        command.Subcommands.Add(EvalMediaCommand.Create(context));
        return command;
    }
}
