using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// One item of an ingest after analysis, ready to store: a report with its claims, a report the ledger already
/// holds (found before analysis), a rejected record, or a skipped one.
/// </summary>
/// <param name="Input">The file or URL it came from.</param>
/// <param name="Position">How far into the input it ends, in bytes.</param>
/// <param name="Report">The analysed report, when there is one to store.</param>
/// <param name="Claims">The claims clustered from the report's mentions.</param>
/// <param name="Known">The outcome already known without storing (a report already in the ledger).</param>
/// <param name="Error">The error line (input, where, reason) when it could not be used.</param>
/// <param name="Category">The kind of failure or the reason for skipping, for the summary.</param>
public sealed record AnalysedFile(
    string Input,
    long Position,
    Report? Report,
    IReadOnlyList<Claim> Claims,
    StoreOutcome? Known,
    string? Error,
    string? Category)
{
    /// <summary>The post's media files, fingerprinted beside the analysis (a local Telegram export's photos and videos).</summary>
    public IReadOnlyList<FingerprintedMedia> Media { get; init; } = [];
}
