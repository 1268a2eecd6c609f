namespace Claimtrail.Ledger;

/// <summary>The parts of a batch store that every engine shares.</summary>
public static class LedgerBatch
{
    /// <summary>
    /// Validates every report of the batch: the result list holds, at each refused report's index, its failure,
    /// and null elsewhere; the engine writes only the reports left null.
    /// </summary>
    public static StoreResult?[] Validate(IReadOnlyList<ReportToStore> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var results = new StoreResult?[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(reports[i]);
            try
            {
                reports[i].Validate();
            }
            catch (LedgerException ex)
            {
                results[i] = StoreResult.Failed(reports[i].Report.Id, ex.Message);
            }
        }

        return results;
    }

    /// <summary>
    /// Stores the reports still pending (null in <paramref name="results"/>) one at a time, each in its own
    /// transaction, and records each one's outcome or failure. An engine falls back to this when the batch's single
    /// transaction failed, so that one bad report costs only itself.
    /// </summary>
    public static async Task<IReadOnlyList<StoreResult>> StoreOneByOneAsync(IReportStore ledger, IReadOnlyList<ReportToStore> reports, StoreResult?[] results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(results);
        for (var i = 0; i < reports.Count; i++)
        {
            if (results[i] is not null)
            {
                continue;
            }

            var (report, claims) = reports[i];
            try
            {
                results[i] = StoreResult.Of(report.Id, await ledger.StoreAsync(report, claims, cancellationToken).ConfigureAwait(false));
            }
            catch (LedgerException ex)
            {
                results[i] = StoreResult.Failed(report.Id, ex.Message);
            }
        }

        return Complete(results);
    }

    /// <summary>The results once every report has one.</summary>
    public static IReadOnlyList<StoreResult> Complete(StoreResult?[] results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Array.ConvertAll(results, r => r ?? throw new InvalidOperationException("a report of the batch has no outcome"));
    }
}
