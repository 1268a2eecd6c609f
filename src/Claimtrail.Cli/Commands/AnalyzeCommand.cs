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
        var command = new Command("analyze", "Analyse articles and print every mention: content, speaker, cue, relay chain, stance, hedges, evidence, places and entities.")
        {
            files,
            json,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(files)!, parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, bool json, CancellationToken cancellationToken)
    {
        var pipeline = AnalysisPipeline.CreateDefault();
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
