using System.CommandLine;
using System.Globalization;
using Claimtrail.Ledger;
using Claimtrail.Reviews;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail audit verify [--db PATH]</c>: check the hash chain of the review audit log.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var db = LedgerOption.Create();
        var verify = new Command("verify", "Check that no audit log entry was edited, inserted or deleted: each entry must hash to its recorded hash, chain to the one before, and the last must match the recorded head. Exit code 1 when the log is broken.")
        {
            db,
        };
        verify.SetAction((parse, cancellationToken) => VerifyAsync(context, LedgerOption.ValueOf(parse, db), cancellationToken));
        return new Command("audit", "The append-only audit log of reviews.") { verify };
    }

    private static async Task<int> VerifyAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        AuditVerification verdict;
        try
        {
            var head = await ledger.GetAuditHeadAsync(cancellationToken).ConfigureAwait(false);
            verdict = await AuditChain.VerifyAsync(ledger.ReadAuditLogAsync(cancellationToken), head, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (verdict.Intact)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log intact: {verdict.Entries} entries")).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: audit: entry {verdict.Sequence}: {verdict.Problem}")).ConfigureAwait(false);
        return ExitCodes.Failed;
    }
}
