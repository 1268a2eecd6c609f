using System.CommandLine;
using System.Globalization;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Ledger.Postgres;
using Claimtrail.Ledger.Postgres.Queue;
using Claimtrail.Matching;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail worker --db CONNECTION</c>: take queued documents, analyse them and store their reports.</summary>
public static class WorkerCommand
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var db = LedgerOption.Create();
        var batch = new Option<int>("--batch") { Description = "How many items to lease at a time.", HelpName = "N", DefaultValueFactory = _ => 8 };
        var lease = new Option<double>("--lease") { Description = "How long a lease lasts, in seconds; a killed worker's items go to others after it.", HelpName = "SECONDS", DefaultValueFactory = _ => 60 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Exit once no item is left to do (including items other workers hold), instead of waiting for more." };
        var name = new Option<string?>("--name") { Description = "The worker's name in the queue (default: host and process id).", HelpName = "NAME" };
        var noMatch = MatchingOptions.NoMatchOption();
        var indexDir = MatchingOptions.IndexFolderOption();
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--batch must be between 1 and 1000.");
            }
        });
        lease.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0.1 or > 86400)
            {
                r.AddError("--lease must be between 0.1 and 86400 seconds.");
            }
        });
        var command = new Command("worker", "Process the PostgreSQL ledger's work queue: lease a few items (never waiting for other workers), analyse and store each, mark it done; run as many as you like on any machines.")
        {
            db,
            batch,
            lease,
            untilEmpty,
            name,
            noMatch,
            indexDir,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            LedgerOption.ValueOf(parse, db),
            parse.GetValue(batch),
            TimeSpan.FromSeconds(parse.GetValue(lease)),
            parse.GetValue(untilEmpty),
            parse.GetValue(name) ?? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}"),
            parse.GetValue(noMatch) ? null : parse.GetValue(indexDir) ?? string.Empty,
            cancellationToken));
        return command;
    }

    /// <summary>Opens the ledger <paramref name="db"/> names, which must be on PostgreSQL; on failure writes why and returns null.</summary>
    internal static async Task<PostgresLedger?> OpenPostgresAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        if (LedgerTarget.Parse(db).Engine != LedgerEngine.Postgres)
        {
            await context.Error.WriteLineAsync($"claimtrail: {db}: the work queue needs a PostgreSQL ledger (--db \"Host=…;Database=…\")").ConfigureAwait(false);
            return null;
        }

        var ledger = await LedgerOption.OpenAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        return (PostgresLedger?)ledger;
    }

    // matchIndex: null without matching; empty for the default index folder.
    private static async Task<int> RunAsync(CliContext context, string db, int batch, TimeSpan lease, bool untilEmpty, string name, string? matchIndex, CancellationToken cancellationToken)
    {
        await using var ledger = await OpenPostgresAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        MatchingSession? opened = null;
        try
        {
            opened = matchIndex is null ? null : await MatchingSession.OpenAsync(ledger, db, matchIndex.Length == 0 ? null : matchIndex, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: cannot open the claim index: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        using var matching = opened;

        // Loaded before the first lease, so the first batch's lease is not spent loading lexicons.
        var pipeline = await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
        if (pipeline is null)
        {
            return ExitCodes.Failed;
        }

        pipeline.Analyze(DocumentReader.ReadText("warm-up.txt", "Officials said on Monday that the road was open."), cancellationToken);
        int added = 0, duplicates = 0, failed = 0, lost = 0;
        try
        {
            while (true)
            {
                var items = await ledger.Work.LeaseAsync(name, batch, lease, cancellationToken).ConfigureAwait(false);
                if (items.Count == 0)
                {
                    if (untilEmpty && (await ledger.Work.CountAsync(cancellationToken).ConfigureAwait(false)).Pending == 0)
                    {
                        break;
                    }

                    await Task.Delay(Idle, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // The leases are renewed while the batch is analysed and stored, however long that takes; the
                // batch's reports go to the ledger in one transaction, and its items are marked done in one statement.
                IReadOnlyList<(long Id, WorkOutcome Outcome, string? Error)> outcomes;
                await using (LeaseKeeper.Start(ledger.Work, name, items.Select(i => i.Id), lease).ConfigureAwait(false))
                {
                    outcomes = await ProcessAsync(pipeline, ledger, matching?.Matcher, items, cancellationToken).ConfigureAwait(false);
                }

                var done = await ledger.Work.CompleteAllAsync(name, outcomes, cancellationToken).ConfigureAwait(false);
                foreach (var (id, outcome, error) in outcomes)
                {
                    if (!done.Contains(id))
                    {
                        // The lease ran out and another worker took the item; its report is stored once whoever finishes.
                        lost++;
                        continue;
                    }

                    added += outcome == WorkOutcome.New ? 1 : 0;
                    duplicates += outcome == WorkOutcome.Duplicate ? 1 : 0;
                    if (outcome == WorkOutcome.Failed)
                    {
                        failed++;
                        await context.Error.WriteLineAsync($"claimtrail: {items.First(i => i.Id == id).Source}: {error}").ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped between items: what it still held goes to other workers when the leases run out.
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        finally
        {
            // Other workers read the same files and bring them up to the ledger themselves; this only spares them work.
            matching?.Save();
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: worker {name}: {added + duplicates + failed} done, {added} new, {duplicates} duplicate, {failed} failed, {lost} lost to others")).ConfigureAwait(false);
        return cancellationToken.IsCancellationRequested ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<IReadOnlyList<(long Id, WorkOutcome Outcome, string? Error)>> ProcessAsync(AnalysisPipeline pipeline, PostgresLedger ledger, Matching.LedgerClaimMatcher? matcher, IReadOnlyList<WorkItem> items, CancellationToken cancellationToken)
    {
        var outcomes = new (long Id, WorkOutcome Outcome, string? Error)[items.Count];
        var analysed = new List<(int Index, ReportToStore Report)>();
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var report = pipeline.Analyze(DocumentReader.ReadText(items[i].Source, items[i].Content), cancellationToken);
                analysed.Add((i, new ReportToStore(report, pipeline.AnalyzeAll([report]).Claims)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad document must not stop the worker: it is marked failed with the reason, and the rest goes on.
                outcomes[i] = (items[i].Id, WorkOutcome.Failed, $"{ex.GetType().Name}: {ex.Message}");
            }
        }

        if (matcher is not null)
        {
            // Matching looks each claim up in the index that the claims stored before it went into, so the reports
            // are stored one at a time, in order.
            foreach (var (i, (report, claims)) in analysed)
            {
                try
                {
                    var outcome = await MatchedStore.StoreAsync(ledger, matcher, report, claims).ConfigureAwait(false);
                    outcomes[i] = (items[i].Id, outcome == StoreOutcome.New ? WorkOutcome.New : WorkOutcome.Duplicate, null);
                }
                catch (LedgerException ex)
                {
                    outcomes[i] = (items[i].Id, WorkOutcome.Failed, ex.Message);
                }
            }

            return outcomes;
        }

        var results = await ledger.StoreBatchAsync([.. analysed.Select(a => a.Report)], cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < analysed.Count; k++)
        {
            var i = analysed[k].Index;
            outcomes[i] = results[k].Outcome switch
            {
                StoreOutcome.New => (items[i].Id, WorkOutcome.New, null),
                StoreOutcome.Duplicate => (items[i].Id, WorkOutcome.Duplicate, null),
                _ => (items[i].Id, WorkOutcome.Failed, results[k].Error),
            };
        }

        return outcomes;
    }
}
