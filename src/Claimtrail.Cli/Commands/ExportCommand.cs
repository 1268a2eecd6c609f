using System.CommandLine;
using System.Globalization;
using System.Text;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail export --format jsonl [--output FILE] [--db PATH]</c>: the whole ledger as JSON lines.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = $"The export format: jsonl ({LedgerJsonLines.Schema}, the whole ledger, for 'claimtrail import').", HelpName = "FORMAT", Required = true };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        var db = LedgerOption.Create();
        var command = new Command("export", "Export the whole ledger: every report with its mentions and the claims they state, in ingest order. 'claimtrail import' rebuilds it on either engine.")
        {
            format,
            output,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(output), LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? output, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        var temporary = output is null ? null : output + ".partial";
        try
        {
            int count;
            if (temporary is null)
            {
                count = await LedgerJsonLines.WriteAsync(ledger.ExportAsync(cancellationToken), context.Out, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Written beside the target and renamed at the end: an interrupted export leaves no truncated file under the real name.
                var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (writer.ConfigureAwait(false))
                {
                    count = await LedgerJsonLines.WriteAsync(ledger.ExportAsync(cancellationToken), writer, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, output!, overwrite: true);
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: export: {count} reports from {LedgerOption.Describe(db)}")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LedgerException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
