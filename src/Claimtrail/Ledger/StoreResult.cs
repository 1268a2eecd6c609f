namespace Claimtrail.Ledger;

/// <summary>What a batch store did with one report: stored, found stored, or refused with the reason.</summary>
/// <param name="ReportId">The report's id.</param>
/// <param name="Outcome">New or duplicate; null when the report was not stored.</param>
/// <param name="Error">Why the report was not stored (it names the report); null when it was dealt with.</param>
public sealed record StoreResult(string ReportId, StoreOutcome? Outcome, string? Error)
{
    /// <summary>A report stored, or found already stored.</summary>
    public static StoreResult Of(string reportId, StoreOutcome outcome) => new(reportId, outcome, null);

    /// <summary>A report refused for <paramref name="error"/>.</summary>
    public static StoreResult Failed(string reportId, string error) => new(reportId, null, error);
}
