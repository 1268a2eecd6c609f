using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary>The analysis step ingest and watch share: skip a stored report unanalysed, else analyse it.</summary>
public static class ReportIngest
{
    /// <summary>
    /// Normalises <paramref name="item"/>'s document, asks the ledger whether its report is stored (then it is a
    /// duplicate, not analysed), and otherwise analyses it; with <paramref name="noExtract"/> it only describes it,
    /// without asking (the store finds it stored).
    /// </summary>
    public static async Task<AnalysedFile> AnalyseAsync(AnalysisPipeline pipeline, ILedger ledger, DocumentItem item, bool noExtract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(item);
        var where = item.Document.Post.PostId is { } id && !string.Equals(item.Document.Source, item.Input, StringComparison.Ordinal)
            ? $"{item.Input} (post {id})"
            : item.Input;
        try
        {
            var normalized = pipeline.Normalize(item.Document);

            // Without extraction there is no analysis to save: the store itself tells a stored report from a new one,
            // and a look-up per report would cost more than the rest of the work.
            if (!noExtract && await ledger.ContainsReportAsync(normalized.Id, cancellationToken).ConfigureAwait(false))
            {
                // Not analysed again, but stored as described: the ledger keeps this appearance (another channel's
                // post of the same words, another time) as a sighting, or finds it is the same one and changes nothing.
                return new AnalysedFile(item.Input, item.Position, AnalysisPipeline.Describe(normalized), [], StoreOutcome.Duplicate, null, null);
            }

            var report = noExtract ? AnalysisPipeline.Describe(normalized) : pipeline.Analyze(normalized, cancellationToken);
            var claims = noExtract ? [] : pipeline.AnalyzeAll([report]).Claims;
            return new AnalysedFile(item.Input, item.Position, report, claims, null, null, null);
        }
        catch (LedgerException ex)
        {
            return new AnalysedFile(item.Input, item.Position, null, [], null, $"{where}: {ex.Message}", "not stored");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A stage that fails on one document must not stop the batch: report it against the input and go on.
            return new AnalysedFile(item.Input, item.Position, null, [], null, $"{where}: analysis failed: {ex.GetType().Name}: {ex.Message}", "analysis failed");
        }
    }
}
