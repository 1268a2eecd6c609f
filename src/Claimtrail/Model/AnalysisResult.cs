namespace Claimtrail.Model;

/// <summary>What one analysis run produced: reports with their mentions, and the claims they state.</summary>
/// <param name="Reports">The analysed reports.</param>
/// <param name="Claims">Claims clustered from the reports' mentions.</param>
public sealed record AnalysisResult(IReadOnlyList<Report> Reports, IReadOnlyList<Claim> Claims)
{
    /// <summary>The version of the JSON contract this result is written in.</summary>
    public const string Schema = "claimtrail.analysis/1";
}
