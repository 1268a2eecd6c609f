using System.Text.Json;
using System.Text.Json.Nodes;
using Claimtrail.Fingerprints;
using Claimtrail.Json;
using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// What <c>analyze --db</c> adds to <c>claimtrail.analysis/1</c>: <c>media</c>, the photos and videos the ledger holds
/// for the analysed reports (a report stored there with the same text has the same id), each with its first appearance
/// and, when possibly recycled, the earlier appearance. An addition: readers of the contract that do not know it skip it.
/// </summary>
public static class AnalysisMedia
{
    /// <summary>The media of <paramref name="result"/>'s reports, in report order; empty when the ledger holds none of them.</summary>
    public static async Task<IReadOnlyList<ClaimMedia>> OfAsync(IMediaLedger ledger, AnalysisResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(result);
        var view = await ClaimMediaView.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
        if (view.IsEmpty)
        {
            return [];
        }

        return [.. result.Reports.SelectMany(r => view.OfReport(r.Id, [.. r.Mentions.Select(m => m.Id)]))];
    }

    /// <summary>The contract document with <c>media</c> added after <c>claims</c>.</summary>
    public static string Serialize(AnalysisResult result, IReadOnlyList<ClaimMedia> media)
    {
        var document = JsonNode.Parse(AnalysisJson.Serialize(result))!.AsObject();
        document["media"] = JsonSerializer.SerializeToNode(media, AnalysisJson.Options);
        return document.ToJsonString(AnalysisJson.Options);
    }
}
