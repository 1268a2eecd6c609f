namespace Claimtrail.Ledger;

/// <summary>A stored report with its normalised text, which every mention span points into.</summary>
/// <param name="Summary">What the report is and where it came from.</param>
/// <param name="Text">The normalised text.</param>
public sealed record StoredReport(ReportSummary Summary, string Text);
