using System.CommandLine;
using Claimtrail.Cli.Commands;

namespace Claimtrail.Cli;

/// <summary>Composes the command tree; each command lives in its own file under Commands/.</summary>
public static class CommandTree
{
    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Claimtrail: a ledger of claims, who made them, who relayed them, and what the desk has verified.");
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(WatchCommand.Create(context));
        root.Subcommands.Add(ClaimsCommand.Create(context));
        root.Subcommands.Add(ClaimCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(EnqueueCommand.Create(context));
        root.Subcommands.Add(WorkerCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(MediaCommand.Create(context));
        root.Subcommands.Add(PlacesCommand.Create(context));
        return root;
    }
}
