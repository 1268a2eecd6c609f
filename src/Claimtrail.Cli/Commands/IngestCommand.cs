using System.CommandLine;
using System.Globalization;
using Claimtrail.Cli.Output;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Matching;
using Claimtrail.Pipeline;
using Claimtrail.Sources;
using Claimtrail.Sources.Web;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail ingest SOURCE… [--format F] [--no-extract] [--images] [--db PATH]</c>: read, analyse and store reports in the ledger.</summary>
public static class IngestCommand
{
    // Inputs of at least this size get a progress bar even alone (a Telegram export, a big JSONL file).
    private const long BigInput = 1024 * 1024;

    // Without extraction an item is only normalised and hashed (microseconds): items are prepared this many to a
    // thread-pool task, as a task each would cost more than the item.
    private const int BulkChunk = 256;

    // Items in flight at once without extraction when each fetches the images its report shows.
    private const int FetchWindow = 64;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("SOURCE")
        {
            Description = "Files (Telegram Desktop exports, JSON Lines of posts, RSS/Atom/JSON feeds, plain-text, Markdown or HTML articles, photos and videos; recognised from their content) or http(s) URLs of pages and feeds.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption.Create();
        var noExtract = new Option<bool>("--no-extract")
        {
            Description = "Store reports (text and metadata) without extraction: no language detection, mentions or claims. For bulk loads.",
        };
        var allowPrivate = AllowPrivateOption.Create();
        var images = new Option<bool>("--images")
        {
            Description = "Also fetch the photos a fetched page's article shows (and a feed entry's image and video enclosures), through the same guarded fetcher and limits, fingerprint them and store them as evidence of that report.",
        };
        var noMatch = MatchingOptions.NoMatchOption();
        var indexDir = MatchingOptions.IndexFolderOption();
        var db = LedgerOption.Create();
        var command = new Command("ingest", "Read, analyse and store reports, sources, mentions and claims in the ledger. Each post of a Telegram export or JSONL file is a report; the photos and videos beside an export, and photo or video files given as sources, are fingerprinted and stored with where they appeared. A report already stored (same content) is skipped without analysis, so an interrupted ingest can simply be run again.")
        {
            files,
            format,
            noExtract,
            allowPrivate,
            images,
            noMatch,
            indexDir,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(
                context,
                new IngestRequest(parse.GetValue(files)!, FormatOption.Parse(parse.GetValue(format)), parse.GetValue(noExtract), parse.GetValue(allowPrivate))
                {
                    Match = !parse.GetValue(noMatch) && !parse.GetValue(noExtract),
                    IndexFolder = parse.GetValue(indexDir),
                    Media = FormatOption.IsMedia(parse.GetValue(format)),
                    Images = parse.GetValue(images),
                },
                LedgerOption.ValueOf(parse, db),
                cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IngestRequest request, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        MatchingSession? matching = null;
        if (request.Match)
        {
            try
            {
                matching = await MatchingSession.OpenAsync(ledger, db, request.IndexFolder, cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerException ex)
            {
                await context.Error.WriteLineAsync("claimtrail: cannot open the claim index: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.Failed;
            }
        }

        using var session = matching;
        var pipeline = await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
        if (pipeline is null)
        {
            return ExitCodes.Failed;
        }

        var sizes = request.Sources.Select(Size).ToArray();
        var total = sizes.Sum();
        IngestCounts counts;
        try
        {
            counts = await IngestProgress.RunAsync(context, total, request.Sources.Length > 1 || total >= BigInput, progress => IngestAllAsync(pipeline, ledger, request, sizes, progress, matching?.Matcher, cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            // Interrupted or not, what was stored is in the ledger; the files only spare the next process a rebuild.
            matching?.Save();
        }
        var summary = counts.Interrupted
            ? $"claimtrail: ingest: interrupted after {counts.Describe()}; run it again to finish"
            : $"claimtrail: ingest: {counts.Describe()}";
        await context.Error.WriteLineAsync(summary).ConfigureAwait(false);
        return counts.Failed > 0 || counts.Interrupted ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<IngestCounts> IngestAllAsync(AnalysisPipeline pipeline, ILedger ledger, IngestRequest request, long[] sizes, IngestProgress progress, LedgerClaimMatcher? matcher, CancellationToken cancellationToken)
    {
        var counts = new IngestCounts();

        // Items are analysed a few at a time on the thread pool and collected, in the order read, into batches that
        // are stored one transaction each: memory stays bounded (the reader is pulled only as the window frees), the
        // ledger's ingest order is the input's, and a killed run leaves whole batches only, which a rerun skips
        // unanalysed. Analysis is CPU work of milliseconds: an item a task, a task per core. Without it an item is CPU
        // work of microseconds, prepared a chunk to a task; when its images are fetched it waits on the network
        // instead, so many are in flight.
        var (chunkSize, width) = (request.NoExtract, request.Images) switch
        {
            (true, false) => (BulkChunk, 2 * Environment.ProcessorCount),
            (true, true) => (1, FetchWindow),
            _ => (1, Math.Max(1, Environment.ProcessorCount)),
        };
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = request.AllowPrivate });
        var options = DocumentReaderOptions.Default;
        var window = new Queue<Task<AnalysedFile[]>>();
        var batch = request.NoExtract
            ? new IngestBatch(ledger, IngestBatch.FirstBulkReports, IngestBatch.BulkReports, counts, progress, cancellationToken)
            : new IngestBatch(ledger, IngestBatch.AnalysedReports, counts, progress, cancellationToken);
        var linked = request.Images ? fetcher : null;
        var done = 0L;
        try
        {
            for (var i = 0; i < request.Sources.Length; i++)
            {
                var source = request.Sources[i];
                if (!NetworkSources.IsUrl(source) && (request.Media || (request.Format is null && await MediaIngest.IsMediaFileAsync(source, cancellationToken).ConfigureAwait(false))))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await MediaIngest.IngestFileAsync(ledger, source, LedgerTime.Stamp(DateTimeOffset.UtcNow), counts, progress.ErrorAsync, cancellationToken).ConfigureAwait(false);
                    done += sizes[i];
                    await progress.ReportAsync(done, counts.Describe).ConfigureAwait(false);
                    continue;
                }

                var items = NetworkSources.IsUrl(source)
                    ? NetworkSources.ReadUrlAsync(fetcher, source, request.Format, request.Images, cancellationToken)
                    : SourceReader.ReadAsync(source, request.Format, options, (path, ct) => NetworkSources.ReadFeedFileAsync(path, options, ct), cancellationToken);
                var chunk = new List<InputItem>(chunkSize);
                await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    chunk.Add(item);
                    if (chunk.Count < chunkSize)
                    {
                        continue;
                    }

                    if (window.Count > width)
                    {
                        await TakeNextAsync(ledger, matcher, window, batch, counts, progress, done, cancellationToken).ConfigureAwait(false);
                    }

                    window.Enqueue(PrepareAll(pipeline, ledger, chunk, request.NoExtract, linked, cancellationToken));
                    chunk = new List<InputItem>(chunkSize);
                }

                if (chunk.Count > 0)
                {
                    window.Enqueue(PrepareAll(pipeline, ledger, chunk, request.NoExtract, linked, cancellationToken));
                }

                while (window.Count > 0)
                {
                    await TakeNextAsync(ledger, matcher, window, batch, counts, progress, done, cancellationToken).ConfigureAwait(false);
                }

                done += sizes[i];
                await progress.ReportAsync(done, counts.Describe).ConfigureAwait(false);
            }

            await batch.CompleteAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Reports still being analysed or waiting for their batch are left for a rerun, as is the batch being
            // stored unless it committed first.
            await DrainAsync(window).ConfigureAwait(false);
            await batch.AbandonAsync().ConfigureAwait(false);
            counts.Interrupted = true;
        }

        return counts;
    }

    // Prepares a chunk of items, in order, on one thread-pool task.
    private static Task<AnalysedFile[]> PrepareAll(AnalysisPipeline pipeline, ILedger ledger, List<InputItem> chunk, bool noExtract, WebFetcher? linked, CancellationToken cancellationToken) => Task.Run(
        async () =>
        {
            // A chunk's items come from one source.
            var folder = MediaIngest.ExportFolder(chunk[0].Input);
            var prepared = new AnalysedFile[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                prepared[i] = await Prepare(pipeline, ledger, chunk[i], folder, noExtract, linked, cancellationToken).ConfigureAwait(false);
            }

            return prepared;
        },
        cancellationToken);

    // With a fetcher (--images), the photos and videos a report links to are fetched and fingerprinted too.
    private static Task<AnalysedFile> Prepare(AnalysisPipeline pipeline, ILedger ledger, InputItem item, string? folder, bool noExtract, WebFetcher? linked, CancellationToken cancellationToken) => item switch
    {
        DocumentItem document => PrepareDocumentAsync(pipeline, ledger, document, folder, noExtract, linked, cancellationToken),
        RejectedItem rejected => Task.FromResult(new AnalysedFile(item.Input, item.Position, null, [], null, rejected.Error.Message, rejected.Category)),
        SkippedItem skipped => Task.FromResult(new AnalysedFile(item.Input, item.Position, null, [], null, null, skipped.Reason)),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "unknown input item"),
    };

    private static async Task<AnalysedFile> PrepareDocumentAsync(AnalysisPipeline pipeline, ILedger ledger, DocumentItem document, string? folder, bool noExtract, WebFetcher? linked, CancellationToken cancellationToken)
    {
        var analysed = await ReportIngest.AnalyseAsync(pipeline, ledger, document, noExtract, cancellationToken).ConfigureAwait(false);
        if (analysed.Report is not { } report)
        {
            return analysed;
        }

        var media = await MediaIngest.FingerprintPostAsync(folder, report, cancellationToken).ConfigureAwait(false);
        if (linked is not null)
        {
            media = [.. media, .. await LinkedMedia.FingerprintAsync(linked, report, cancellationToken).ConfigureAwait(false)];
        }

        return analysed with { Media = media };
    }

    private static async Task TakeNextAsync(ILedger ledger, LedgerClaimMatcher? matcher, Queue<Task<AnalysedFile[]>> window, IngestBatch batch, IngestCounts counts, IngestProgress progress, long done, CancellationToken cancellationToken)
    {
        foreach (var analysed in await window.Dequeue().ConfigureAwait(false))
        {
            // Cancellation is honoured here, between reports, and never inside a store.
            cancellationToken.ThrowIfCancellationRequested();
            await TakeAsync(ledger, matcher, analysed, batch, counts, progress, done).ConfigureAwait(false);
        }
    }

    private static async Task TakeAsync(ILedger ledger, LedgerClaimMatcher? matcher, AnalysedFile analysed, IngestBatch batch, IngestCounts counts, IngestProgress progress, long done)
    {
        if (analysed.Report is not null)
        {
            if (matcher is null)
            {
                await batch.AddAsync(analysed).ConfigureAwait(false);
            }
            else
            {
                // Matching looks each claim up in the index the claims stored before it went into: one report at a time.
                await StoreMatchedAsync(ledger, matcher, analysed, counts, progress).ConfigureAwait(false);
            }
        }
        else if (analysed.Known is { } known)
        {
            if (known == StoreOutcome.New)
            {
                counts.AddNew();
            }
            else
            {
                counts.AddDuplicate();
            }
        }
        else if (analysed.Error is { } error)
        {
            counts.AddFailure(analysed.Category ?? IngestCounts.FileFailure);
            await progress.ErrorAsync("claimtrail: " + error).ConfigureAwait(false);
        }
        else
        {
            counts.AddSkipped(analysed.Category ?? "skipped");
        }

        await progress.ReportAsync(done + analysed.Position, counts.Describe).ConfigureAwait(false);
    }

    private static async Task StoreMatchedAsync(ILedger ledger, LedgerClaimMatcher matcher, AnalysedFile analysed, IngestCounts counts, IngestProgress progress)
    {
        var report = analysed.Report!;
        try
        {
            var outcome = await MatchedStore.StoreAsync(ledger, matcher, report, analysed.Claims).ConfigureAwait(false);
            if (outcome == StoreOutcome.New)
            {
                counts.AddNew();
            }
            else
            {
                counts.AddDuplicate();
            }
        }
        catch (LedgerException ex)
        {
            counts.AddFailure("not stored");
            await progress.ErrorAsync($"claimtrail: {analysed.Input}: {ex.Message}").ConfigureAwait(false);
            return;
        }

        await MediaIngest.StorePostMediaAsync(ledger, MediaIngest.Where(analysed), report, analysed.Media, LedgerTime.Stamp(DateTimeOffset.UtcNow), counts, progress.ErrorAsync, CancellationToken.None).ConfigureAwait(false);
    }

    private static long Size(string source)
    {
        try
        {
            return File.Exists(source) ? new FileInfo(source).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // Analyses still running when the run is cancelled end on their own; wait so none outlives the ledger.
    private static async Task DrainAsync(Queue<Task<AnalysedFile[]>> window)
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

    private sealed record IngestRequest(string[] Sources, DocumentFormat? Format, bool NoExtract, bool AllowPrivate)
    {
        public bool Match { get; init; }

        public string? IndexFolder { get; init; }

        /// <summary>Every source is a photo or video file (<c>--format media</c>).</summary>
        public bool Media { get; init; }

        /// <summary>The photos and videos fetched reports link to are fetched and fingerprinted (<c>--images</c>).</summary>
        public bool Images { get; init; }
    }
}
