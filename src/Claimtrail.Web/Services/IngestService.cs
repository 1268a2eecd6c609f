using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Web.Services;

/// <summary>Analyses a report given as text (pasted or uploaded) and stores it, as <c>claimtrail ingest</c> does for a file.</summary>
public sealed class IngestService(AnalysisPipeline pipeline, ILedger ledger)
{
    /// <summary>Reads, analyses and stores one report; input errors come back as <see cref="InputException"/>.</summary>
    public async Task<IngestResult> IngestAsync(string source, string content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new InputException(source, "the report is empty");
        }

        var document = DocumentReader.ReadText(source, content);

        // Analysis is CPU-bound and may take a moment on a long report: off the request thread.
        var (report, claims) = await Task.Run(
            () =>
            {
                var analysed = pipeline.Analyze(document, cancellationToken);
                return (analysed, pipeline.AnalyzeAll([analysed]).Claims);
            },
            cancellationToken).ConfigureAwait(false);
        var outcome = await ledger.StoreAsync(report, claims, cancellationToken).ConfigureAwait(false);
        return new IngestResult(report.Id, outcome, report.Mentions.Count, claims, report.Flags);
    }
}

/// <summary>What an ingest stored.</summary>
/// <param name="ReportId">The report's content hash.</param>
/// <param name="Outcome">New, or already stored.</param>
/// <param name="Mentions">How many mentions the analysis found.</param>
/// <param name="Claims">The claims the report states.</param>
/// <param name="Flags">Parts of the analysis that were not done, and why.</param>
public sealed record IngestResult(string ReportId, StoreOutcome Outcome, int Mentions, IReadOnlyList<Claim> Claims, IReadOnlyList<string> Flags);
