using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Pipeline;
using Claimtrail.Sources;
using Claimtrail.Sources.Feeds;
using Claimtrail.Sources.Web;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail watch FEEDS.txt [--interval SECONDS] [--rounds N] [--allow-private] [--db PATH]</c>: polls feeds
/// on a schedule with conditional requests and ingests only their new entries.
/// </summary>
public static class WatchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var list = new Argument<string>("FEEDS") { Description = "A text file of feed URLs, one a line; blank lines and lines starting with # are ignored." };
        var interval = new Option<int>("--interval") { Description = "Seconds between polls of a feed (after a failure the wait doubles, up to an hour).", DefaultValueFactory = _ => 900, HelpName = "SECONDS" };
        interval.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--interval must be 0 or more seconds.");
            }
        });
        var rounds = new Option<int?>("--rounds") { Description = "Stop after this many polling rounds (default: run until Ctrl+C).", HelpName = "N" };
        var allowPrivate = AllowPrivateOption.Create();
        var db = LedgerOption.Create();
        var command = new Command("watch", "Poll a list of RSS, Atom and JSON feeds and ingest their new entries; Ctrl+C stops it between entries.")
        {
            list,
            interval,
            rounds,
            allowPrivate,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse.GetValue(list)!,
            TimeSpan.FromSeconds(parse.GetValue(interval)),
            parse.GetValue(rounds),
            parse.GetValue(allowPrivate),
            LedgerOption.ValueOf(parse, db),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string list, TimeSpan interval, int? rounds, bool allowPrivate, string db, CancellationToken cancellationToken)
    {
        var feeds = await ReadListAsync(context, list, cancellationToken).ConfigureAwait(false);
        if (feeds is null)
        {
            return ExitCodes.Failed;
        }

        await using var ledger = await LedgerOption.OpenAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        // What an earlier watch kept: validators, backoff and the entries it dealt with, so nothing old is ingested.
        try
        {
            foreach (var feed in feeds)
            {
                if (await ledger.GetFeedCheckpointAsync(feed.Url.OriginalString, cancellationToken).ConfigureAwait(false) is { } kept)
                {
                    feed.Restore(kept.ETag, kept.LastModified, kept.Failures, kept.RetryAt, kept.Seen);
                }
            }
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var pipeline = await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
        if (pipeline is null)
        {
            return ExitCodes.Failed;
        }

        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = allowPrivate });
        var counts = new IngestCounts();
        var clock = TimeProvider.System;
        var done = 0;
        try
        {
            while (rounds is null || done < rounds)
            {
                foreach (var feed in feeds.Where(f => f.Due <= clock.GetUtcNow()))
                {
                    await PollAsync(context, pipeline, ledger, fetcher, feed, interval, counts, clock, cancellationToken).ConfigureAwait(false);
                }

                done++;
                if (rounds is { } limit && done >= limit)
                {
                    break;
                }

                var wait = feeds.Min(f => f.Due) - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            counts.Interrupted = true;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"claimtrail: watch: {(counts.Interrupted ? "stopped after " : string.Empty)}{done} rounds over {feeds.Count} feeds: {counts.Describe()}");
        await context.Error.WriteLineAsync(line).ConfigureAwait(false);

        // A stop by Ctrl+C is how a watch ends: not a failure. Failed entries or feeds are.
        return counts.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task PollAsync(CliContext context, AnalysisPipeline pipeline, ILedger ledger, WebFetcher fetcher, FeedState feed, TimeSpan interval, IngestCounts counts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var url = feed.Url.OriginalString;
        WebResponse response;
        try
        {
            response = await fetcher.FetchAsync(feed.Url, feed.ETag, feed.LastModified, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            var wait = feed.Failed(clock.GetUtcNow(), interval);
            counts.AddFailure("fetch failed");
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: {ex.Message} (next try in {wait.TotalSeconds:0} s)")).ConfigureAwait(false);
            await KeepAsync(context, ledger, feed, counts).ConfigureAwait(false);
            return;
        }

        feed.Succeeded(clock.GetUtcNow(), interval, response.ETag, response.LastModified);
        if (response.NotModified)
        {
            await KeepAsync(context, ledger, feed, counts).ConfigureAwait(false);
            return;
        }

        var current = new HashSet<string>(StringComparer.Ordinal);

        foreach (var item in NetworkSources.ItemsOf(url, response, DocumentFormat.Feed))
        {
            // Ctrl+C stops the watch here, between entries, never inside a store.
            cancellationToken.ThrowIfCancellationRequested();
            switch (item)
            {
                case RejectedItem rejected:
                    counts.AddFailure(rejected.Category);
                    await context.Error.WriteLineAsync("claimtrail: " + rejected.Error.Message).ConfigureAwait(false);
                    break;
                case SkippedItem skipped:
                    counts.AddSkipped(skipped.Reason);
                    break;
                case DocumentItem document:
                    var key = document.Document.Source + "\n" + ContentId.Hex(document.Document.Text);
                    current.Add(key);
                    if (!feed.Seen.Add(key))
                    {
                        // Polled before and dealt with: an unchanged entry of a feed that changed elsewhere.
                        continue;
                    }

                    await StoreAsync(context, pipeline, ledger, document, counts, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        // Every entry of this answer was dealt with: only now are its validators kept, so a watch stopped midway asks
        // again in full next time. Entries that left the feed are forgotten; should one come back, the ledger knows it.
        feed.Seen.IntersectWith(current);
        await KeepAsync(context, ledger, feed, counts).ConfigureAwait(false);
    }

    // Saves the feed's state in the ledger; a failure is reported and counted, and the watch goes on.
    private static async Task KeepAsync(CliContext context, ILedger ledger, FeedState feed, IngestCounts counts)
    {
        var checkpoint = new FeedCheckpoint(feed.Url.OriginalString)
        {
            ETag = feed.ETag,
            LastModified = feed.LastModified,
            Failures = feed.Failures,
            RetryAt = feed.Failures > 0 ? feed.Due : null,
            Seen = [.. feed.Seen.Order(StringComparer.Ordinal)],
        };
        try
        {
            await ledger.SaveFeedCheckpointAsync(checkpoint, CancellationToken.None).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            counts.AddFailure("state not saved");
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
        }
    }

    private static async Task StoreAsync(CliContext context, AnalysisPipeline pipeline, ILedger ledger, DocumentItem document, IngestCounts counts, CancellationToken cancellationToken)
    {
        var analysed = await ReportIngest.AnalyseAsync(pipeline, ledger, document, noExtract: false, cancellationToken).ConfigureAwait(false);
        var error = analysed.Error;
        if (analysed.Report is { } report)
        {
            try
            {
                var outcome = await ledger.StoreAsync(report, analysed.Claims, CancellationToken.None).ConfigureAwait(false);
                Action count = outcome == StoreOutcome.New ? counts.AddNew : counts.AddDuplicate;
                count();
            }
            catch (LedgerException ex)
            {
                error = $"{document.Input}: {ex.Message}";
            }
        }
        else if (analysed.Known is not null)
        {
            counts.AddDuplicate();
        }

        if (error is not null)
        {
            counts.AddFailure(analysed.Category ?? "not stored");
            await context.Error.WriteLineAsync("claimtrail: " + error).ConfigureAwait(false);
        }
    }

    private static async Task<List<FeedState>?> ReadListAsync(CliContext context, string list, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(list, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"claimtrail: {list}: cannot be read: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        var feeds = new List<FeedState>();
        var bad = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!NetworkSources.IsUrl(line))
            {
                bad = true;
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: {list} (line {i + 1}): not an http or https URL: {line}")).ConfigureAwait(false);
                continue;
            }

            feeds.Add(new FeedState(new Uri(line)));
        }

        if (feeds.Count == 0 || bad)
        {
            if (feeds.Count == 0)
            {
                await context.Error.WriteLineAsync($"claimtrail: {list}: no feed URLs").ConfigureAwait(false);
            }

            return null;
        }

        return feeds;
    }
}
