using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Sources;
using Claimtrail.Sources.Web;

namespace Claimtrail.Web.Services;

/// <summary>
/// Analyses a report given as text (pasted or uploaded) or fetched from a URL, and stores it, as <c>claimtrail ingest</c>
/// does for a file or a URL, its claims matched against the ledger's through <see cref="DeskMatching"/>.
/// </summary>
public sealed class IngestService(LedgerPipeline pipelines, DeskMatching matching, WebFetcher fetcher, LedgerCountsCache counts, ClaimTotalsCache totals, ClaimReadCache reads)
{
    /// <summary>The longest URL taken: longer ones are refused before anything is fetched.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Reads, analyses and stores one report; input errors come back as <see cref="InputException"/>.</summary>
    public async Task<IngestResult> IngestAsync(string source, string content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new InputException(source, "the report is empty");
        }

        return await StoreAsync(DocumentReader.ReadText(source, content), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fetches <paramref name="url"/> through the SSRF-guarded fetcher and stores its article (a page) or each of its
    /// entries (a feed). A URL that cannot be fetched or read comes back as <see cref="InputException"/> naming it.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> IngestUrlAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        if (url.Length > MaxUrlLength)
        {
            throw new InputException("URL", $"longer than {MaxUrlLength} characters");
        }

        if (!NetworkSources.IsUrl(url))
        {
            throw new InputException(url.Length == 0 ? "URL" : url, "not an http or https address");
        }

        var results = new List<IngestResult>();
        await foreach (var item in NetworkSources.ReadUrlAsync(fetcher, url, format: null, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (item)
            {
                case DocumentItem document:
                    results.Add(await StoreAsync(document.Document, cancellationToken).ConfigureAwait(false));
                    break;
                case RejectedItem rejected when results.Count == 0:
                    throw rejected.Error;
                default:
                    // A feed entry that cannot be read (or has no text) does not undo the entries stored before it.
                    break;
            }
        }

        return results.Count > 0 ? results : throw new InputException(url, "nothing to ingest: no article or feed entry with text");
    }

    private async Task<IngestResult> StoreAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        // The desk gazetteer as it is now, so a place an analyst placed while the desk runs resolves in this report.
        var pipeline = await pipelines.CurrentAsync(cancellationToken).ConfigureAwait(false);

        // Analysis is CPU-bound and may take a moment on a long report: off the request thread.
        var (report, claims) = await Task.Run(
            () =>
            {
                var analysed = pipeline.Analyze(document, cancellationToken);
                return (analysed, pipeline.AnalyzeAll([analysed]).Claims);
            },
            cancellationToken).ConfigureAwait(false);
        var outcome = await matching.StoreAsync(report, claims, cancellationToken).ConfigureAwait(false);
        counts.Invalidate();
        totals.Invalidate();
        reads.Invalidate();
        return new IngestResult(report.Id, outcome, report.Mentions.Count, claims, report.Flags) { Source = document.Source };
    }
}

/// <summary>What an ingest stored.</summary>
/// <param name="ReportId">The report's content hash.</param>
/// <param name="Outcome">New, or already stored.</param>
/// <param name="Mentions">How many mentions the analysis found.</param>
/// <param name="Claims">The claims the report states.</param>
/// <param name="Flags">Parts of the analysis that were not done, and why.</param>
public sealed record IngestResult(string ReportId, StoreOutcome Outcome, int Mentions, IReadOnlyList<Claim> Claims, IReadOnlyList<string> Flags)
{
    /// <summary>Where the report came from: the name or file given, or the final URL of a fetched page.</summary>
    public string? Source { get; init; }
}
