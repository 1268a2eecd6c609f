using System.CommandLine;
using System.Globalization;
using Claimtrail.Cli.Output;
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
        var command = new Command("ingest", "Analyse articles and store their reports, sources, mentions and claims in the ledger. A report already stored (same content) is skipped, so an interrupted ingest can simply be run again.")
        {
            files,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(files)!, LedgerOption.ValueOf(parse, db), cancellationToken));
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
        var counts = await IngestProgress.RunAsync(context, files.Length, progress => IngestAllAsync(pipeline, ledger, files, progress, cancellationToken)).ConfigureAwait(false);
        var summary = counts.Interrupted
            ? string.Create(CultureInfo.InvariantCulture, $"claimtrail: ingest: interrupted after {counts.Done} of {files.Length} files ({counts.New} new, {counts.Duplicate} duplicate, {counts.Failed} failed); run it again to finish")
            : string.Create(CultureInfo.InvariantCulture, $"claimtrail: ingest: {files.Length} read, {counts.New} new, {counts.Duplicate} duplicate, {counts.Failed} failed");
        await context.Error.WriteLineAsync(summary).ConfigureAwait(false);
        return counts.Failed > 0 || counts.Interrupted ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<IngestCounts> IngestAllAsync(AnalysisPipeline pipeline, ILedger ledger, string[] files, IngestProgress progress, CancellationToken cancellationToken)
    {
        int added = 0, duplicates = 0, failed = 0;

        // Files are analysed a few at a time on the thread pool but stored one by one in the order given,
        // each in its own transaction: memory stays bounded, the ledger's ingest order is the command line's,
        // and a killed run leaves whole reports only, which a rerun recognises and skips.
        var width = Math.Max(1, Environment.ProcessorCount);
        var window = new Queue<Task<AnalysedFile>>();
        var next = 0;
        try
        {
            while (next < files.Length || window.Count > 0)
            {
                while (next < files.Length && window.Count <= width)
                {
                    var file = files[next++];
                    window.Enqueue(Task.Run(() => AnalyseAsync(pipeline, file, cancellationToken), cancellationToken));
                }

                var analysed = await window.Dequeue().ConfigureAwait(false);
                var error = analysed.Error;
                if (error is null)
                {
                    (var outcome, error) = await StoreAsync(ledger, analysed, cancellationToken).ConfigureAwait(false);
                    added += outcome == StoreOutcome.New ? 1 : 0;
                    duplicates += outcome == StoreOutcome.Duplicate ? 1 : 0;
                }

                if (error is not null)
                {
                    failed++;
                    await progress.ErrorAsync("claimtrail: " + error).ConfigureAwait(false);
                }

                progress.Advance();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await DrainAsync(window).ConfigureAwait(false);
            return new IngestCounts(added, duplicates, failed, Interrupted: true);
        }

        return new IngestCounts(added, duplicates, failed, Interrupted: false);
    }

    private static async Task<AnalysedFile> AnalyseAsync(AnalysisPipeline pipeline, string file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await DocumentReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            var report = pipeline.Analyze(document, cancellationToken);
            return new AnalysedFile(file, report, pipeline.AnalyzeAll([report]).Claims, null);
        }
        catch (InputException ex)
        {
            return new AnalysedFile(file, null, [], ex.Message);
        }
        catch (IOException ex)
        {
            return new AnalysedFile(file, null, [], $"{file}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return new AnalysedFile(file, null, [], $"{file}: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A stage that fails on one document must not stop the batch: report it against the file and go on.
            return new AnalysedFile(file, null, [], $"{file}: analysis failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async Task<(StoreOutcome? Outcome, string? Error)> StoreAsync(ILedger ledger, AnalysedFile analysed, CancellationToken cancellationToken)
    {
        try
        {
            return (await ledger.StoreAsync(analysed.Report!, analysed.Claims, cancellationToken).ConfigureAwait(false), null);
        }
        catch (LedgerException ex)
        {
            return (null, $"{analysed.File}: {ex.Message}");
        }
    }

    // Analyses still running when the run is cancelled end on their own; wait so none outlives the ledger.
    private static async Task DrainAsync(Queue<Task<AnalysedFile>> window)
    {
        foreach (var pending in window)
        {
            try
            {
                await pending.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected: the run was cancelled.
            }
        }
    }
}
