using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail ingest FILE… [--db PATH]</c>: analyse articles and store them in the ledger.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Plain-text, Markdown or HTML articles.", Arity = ArgumentArity.OneOrMore };
        var db = LedgerOption.Create();
        var command = new Command("ingest", "Analyse articles and store their reports, sources, mentions and claims in the ledger. A report already stored (same content) is skipped.")
        {
            files,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(files)!, parse.GetValue(db)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        var pipeline = AnalysisPipeline.CreateDefault();
        int added = 0, duplicates = 0, failed = 0;

        // One file at a time, each stored in its own transaction: memory stays bounded and a killed run
        // leaves whole reports only, which a rerun recognises and skips.
        foreach (var file in files)
        {
            var (outcome, error) = await IngestOneAsync(pipeline, ledger, file, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                failed++;
                await context.Error.WriteLineAsync("claimtrail: " + error).ConfigureAwait(false);
            }
            else if (outcome == StoreOutcome.New)
            {
                added++;
            }
            else
            {
                duplicates++;
            }
        }

        await context.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"claimtrail: ingest: {files.Length} read, {added} new, {duplicates} duplicate, {failed} failed")).ConfigureAwait(false);
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    // Either what storing did, or the error line naming the file and the reason.
    private static async Task<(StoreOutcome? Outcome, string? Error)> IngestOneAsync(AnalysisPipeline pipeline, ILedger ledger, string file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await DocumentReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            var report = pipeline.Analyze(document, cancellationToken);
            var claims = pipeline.AnalyzeAll([report]).Claims;
            var outcome = await ledger.StoreAsync(report, claims, cancellationToken).ConfigureAwait(false);
            return (outcome, null);
        }
        catch (InputException ex)
        {
            return (null, ex.Message);
        }
        catch (LedgerException ex)
        {
            return (null, $"{file}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return (null, $"{file}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, $"{file}: {ex.Message}");
        }
    }
}
