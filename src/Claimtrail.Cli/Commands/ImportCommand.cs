using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail import FILE [--db PATH]</c>: store the reports of a <c>claimtrail export --format jsonl</c> file.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = $"A {LedgerJsonLines.Schema} file from 'claimtrail export --format jsonl', or - for stdin." };
        var db = LedgerOption.Create();
        var command = new Command("import", "Store every report of a ledger export, each at its recorded ingest time, with its mentions and claims, then the desk's accounts, API token hashes and review audit log. Into an empty ledger this rebuilds the exported one exactly, on either engine; reports already stored are skipped.")
        {
            file,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string db, CancellationToken cancellationToken)
    {
        StreamReader input;
        try
        {
            input = file == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"claimtrail: {file}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        using (input)
        {
            var lines = LedgerJsonLines.ReadAsync(input, file, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (lines.ConfigureAwait(false))
            {
                bool any;
                try
                {
                    // The header is checked before the ledger is opened: a wrong file creates no ledger.
                    any = await lines.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is InputException or IOException)
                {
                    await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
                    return ExitCodes.Failed;
                }

                return await ImportAsync(context, file, db, lines, any, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> ImportAsync(CliContext context, string file, string db, IAsyncEnumerator<LedgerJsonLines.Read> lines, bool any, CancellationToken cancellationToken)
    {
        // The ledger stamps each report, and each claim it first states, with this clock: the recorded ingest time.
        var clock = new ReplayClock();
        OpenedLedger opened;
        try
        {
            opened = await LedgerFactory.OpenAsync(LedgerTarget.Parse(db), create: true, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        int read = 0, added = 0, duplicates = 0, failed = 0, media = 0;
        var desk = new DeskImport();
        await using (opened.Ledger.ConfigureAwait(false))
        {
            try
            {
                while (any)
                {
                    var line = lines.Current;
                    if (line.Entry is { } entry)
                    {
                        read++;
                        clock.Now = entry.IngestedAt;
                        try
                        {
                            var outcome = await opened.Ledger.StoreAsync(entry.Report, entry.Claims, cancellationToken).ConfigureAwait(false);
                            added += outcome == StoreOutcome.New ? 1 : 0;
                            duplicates += outcome == StoreOutcome.Duplicate ? 1 : 0;
                        }
                        catch (LedgerException ex)
                        {
                            failed++;
                            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: {file} (line {line.Number}): {ex.Message}")).ConfigureAwait(false);
                        }
                    }
                    else if (line.Media is { } detail)
                    {
                        try
                        {
                            foreach (var sighting in detail.Sightings)
                            {
                                media += await opened.Ledger.StoreMediaAsync(detail.Media, sighting, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                            }
                        }
                        catch (LedgerException ex)
                        {
                            failed++;
                            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: {file} (line {line.Number}): {ex.Message}")).ConfigureAwait(false);
                        }
                    }
                    else if (line.Error is { } error)
                    {
                        read++;
                        failed++;
                        await context.Error.WriteLineAsync("claimtrail: " + error.Message).ConfigureAwait(false);
                    }
                    else if (!await desk.AddAsync(opened.Ledger, clock, line, cancellationToken).ConfigureAwait(false))
                    {
                        failed++;
                        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: {file} (line {line.Number}): {desk.LastError}")).ConfigureAwait(false);
                    }

                    any = await lines.MoveNextAsync().ConfigureAwait(false);
                }

                if (!await desk.FlushEmbeddingsAsync(opened.Ledger, cancellationToken).ConfigureAwait(false))
                {
                    failed++;
                    await context.Error.WriteLineAsync($"claimtrail: {file}: {desk.LastError}").ConfigureAwait(false);
                }

                // Last, once every claim it names is stored: the log is written back whole, as exported.
                if (!await desk.RestoreAuditLogAsync(opened.Ledger, cancellationToken).ConfigureAwait(false))
                {
                    failed++;
                    await context.Error.WriteLineAsync($"claimtrail: {file}: {desk.LastError}").ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is InputException or IOException)
            {
                await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.Failed;
            }
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: import: {read} read, {added} new, {duplicates} duplicate, {failed} failed")).ConfigureAwait(false);
        if (desk.Sightings > 0 || desk.Embeddings > 0)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: import: {desk.Sightings} sightings, {desk.Embeddings} claim embeddings")).ConfigureAwait(false);
        }

        if (media > 0)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: import: {media} media appearances")).ConfigureAwait(false);
        }

        if (desk.Any)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: import: {desk.Users} accounts, {desk.Tokens} API tokens, {desk.Places} desk places, {desk.AuditEntries} audit entries")).ConfigureAwait(false);
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
