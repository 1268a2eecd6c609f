using System.CommandLine;
using System.Globalization;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail db migrate [--db PATH|CONNECTION]</c>: create the ledger or bring its schema up to date.</summary>
public static class DbCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var db = LedgerOption.Create();
        var migrate = new Command("migrate", "Create the ledger, or apply the schema migrations it lacks, and print its schema version. Other commands do the same on opening; this does it explicitly, e.g. before starting web and worker processes.")
        {
            db,
        };
        migrate.SetAction((parse, cancellationToken) => MigrateAsync(context, LedgerOption.ValueOf(parse, db), cancellationToken));
        return new Command("db", "Manage the ledger's database.") { migrate };
    }

    private static async Task<int> MigrateAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        var opened = await LedgerOption.OpenTargetAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        if (opened is null)
        {
            return ExitCodes.Failed;
        }

        await using (opened.Ledger.ConfigureAwait(false))
        {
            var applied = opened.AppliedMigrations == 1 ? "1 migration applied" : string.Create(CultureInfo.InvariantCulture, $"{opened.AppliedMigrations} migrations applied");
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{opened.Target.Display}: schema version {opened.SchemaVersion} ({applied})")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
