using System.CommandLine;
using Claimtrail.Cli.Output;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Input;
using Claimtrail.Json;
using Claimtrail.Ledger;
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
        db.Description = "A ledger whose desk gazetteer (claimtrail places add) resolves places, and whose media show which analysed reports (stored there with the same text) carried possibly recycled photos or videos; nothing is stored in it. Without it, no ledger is read.";
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
        await using var ledger = db is null ? null : await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (db is not null && ledger is null)
        {
            return ExitCodes.Failed;
        }

        var pipeline = ledger is null ? AnalysisPipeline.CreateDefault() : await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
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
        IReadOnlyList<ClaimMedia>? media = null;
        if (ledger is not null)
        {
            try
            {
                media = await AnalysisMedia.OfAsync(ledger, result, cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerException ex)
            {
                await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.Failed;
            }
        }

        if (json)
        {
            await context.Out.WriteLineAsync(media is null ? AnalysisJson.Serialize(result) : AnalysisMedia.Serialize(result, media)).ConfigureAwait(false);
        }
        else
        {
            AnalysisTable.Write(context, result);
            foreach (var item in media ?? [])
            {
                await context.Out.WriteLineAsync(item.ReportId + "  " + RecycledText.Describe(item)).ConfigureAwait(false);
            }
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
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
