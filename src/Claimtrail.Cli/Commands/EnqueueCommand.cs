using System.CommandLine;
using System.Globalization;
using Claimtrail.Ledger;
using Claimtrail.Ledger.Postgres;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail enqueue FILE… --db CONNECTION</c>: queue documents for <c>claimtrail worker</c> processes.</summary>
public static class EnqueueCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Plain-text, Markdown or HTML articles.", Arity = ArgumentArity.OneOrMore };
        var db = LedgerOption.Create();
        var command = new Command("enqueue", "Put articles in the PostgreSQL ledger's work queue, in one transaction (binary COPY), for 'claimtrail worker' processes on any machine to analyse and store.")
        {
            files,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(files)!, LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await WorkerCommand.OpenPostgresAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        var documents = new List<(string, string)>(files.Length);
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                documents.Add((file, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed++;
                await context.Error.WriteLineAsync($"claimtrail: {file}: {ex.Message}").ConfigureAwait(false);
            }
        }

        try
        {
            var queued = await ledger.Work.EnqueueAsync(documents, cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: enqueue: {files.Length} read, {queued} queued, {failed} failed")).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
