using Claimtrail.Ledger;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary>The default pipeline with the ledger's desk gazetteer in its geocoder, so analysts' placements apply to every analysis.</summary>
public static class DeskPipeline
{
    /// <summary>
    /// Reads the desk gazetteer of <paramref name="ledger"/> once, at the start of a run: a placement added while a
    /// run goes on applies from the next run. When the ledger cannot be read, writes why and returns null.
    /// </summary>
    public static async Task<AnalysisPipeline?> CreateAsync(CliContext context, ILedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ledger);
        try
        {
            return await LedgerPipeline.CreateAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
