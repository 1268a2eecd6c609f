using System.CommandLine;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail train …</c>: trains a model from annotated data; each model kind is a subcommand.</summary>
public static class TrainCommand
{
    /// <summary>Builds the parent command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train a model from annotated data and write it with a record of how it was made.");
        command.Subcommands.Add(TrainAttributionCommand.Create(context));
        command.Subcommands.Add(TrainCheckworthyCommand.Create(context));
        command.Subcommands.Add(TrainNerCommand.Create(context));
        return command;
    }
}
