using System.CommandLine;
using Claimtrail.Cli.Output;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail analyze FILE… [--json]</c>: analyse articles without a ledger and print what they claim.</summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Plain-text, Markdown or HTML articles.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the claimtrail.analysis/1 JSON contract to stdout." };
        var db = LedgerOption.Create();
        db.Description = "A ledger whose desk gazetteer (claimtrail places add) resolves places; nothing is stored in it. Without it, no ledger is read.";
        var command = new Command("analyze", "Analyse articles and print every mention: content, speaker, cue, relay chain, stance, hedges, evidence, places and entities.")
        {
            files,
            json,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, bool json, string? db, CancellationToken cancellationToken)
    {
        var pipeline = await CreatePipelineAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (pipeline is null)
        {
            return ExitCodes.Failed;
        }

        var results = new Report?[files.Length];
        var failed = 0;
        await Parallel.ForAsync(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, async (i, ct) =>
        {
            try
            {
                var document = await DocumentReader.ReadFileAsync(files[i], ct).ConfigureAwait(false);
                results[i] = pipeline.Analyze(document, ct);
            }
            catch (InputException ex)
            {
                Interlocked.Increment(ref failed);
                await ReportErrorAsync(context, ex.Message).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        var reports = results.OfType<Report>().ToList();
        var result = pipeline.AnalyzeAll(reports);
        if (json)
        {
            await context.Out.WriteLineAsync(AnalysisJson.Serialize(result)).ConfigureAwait(false);
        }
        else
        {
            AnalysisTable.Write(context, result);
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<AnalysisPipeline?> CreatePipelineAsync(CliContext context, string? db, CancellationToken cancellationToken)
    {
        if (db is null)
        {
            return AnalysisPipeline.CreateDefault();
        }

        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        return ledger is null ? null : await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReportErrorAsync(CliContext context, string message)
    {
        // Several files may fail at once; keep each line whole.
        var line = "claimtrail: " + message;
        lock (context.Error)
        {
            context.Error.WriteLine(line);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
