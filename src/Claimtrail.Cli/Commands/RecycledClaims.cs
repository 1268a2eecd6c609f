using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The claims listed by <c>claims --recycled</c>: those whose reports carried possibly recycled media. The ledger's claims
/// (matching the query's text) are read page by page and each is joined to its media, so the cost grows with the number
/// of claims; the media index is built once.
/// </summary>
public static class RecycledClaims
{
    /// <summary>The page of flagged claims the query asks for, with each listed claim's recycled media.</summary>
    public static async Task<(ClaimPage Page, IReadOnlyDictionary<string, IReadOnlyList<ClaimMedia>> Media)> ListAsync(ILedger ledger, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(query);
        var view = await ClaimMediaView.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
        var flagged = new List<(ClaimSummary Claim, IReadOnlyList<ClaimMedia> Media)>();
        if (!view.IsEmpty)
        {
            for (var offset = 0; ; offset += ClaimQuery.MaxLimit)
            {
                var page = await ledger.ListClaimsAsync(query with { Offset = offset, Limit = ClaimQuery.MaxLimit }, cancellationToken).ConfigureAwait(false);
                foreach (var summary in page.Claims)
                {
                    if (await ledger.GetClaimAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } detail)
                    {
                        var recycled = view.Of(detail).Where(m => m.PossiblyRecycled is not null).ToList();
                        if (recycled.Count > 0)
                        {
                            flagged.Add((summary, recycled));
                        }
                    }
                }

                if (page.Claims.Count < ClaimQuery.MaxLimit)
                {
                    break;
                }
            }
        }

        var shown = flagged.Skip(query.Offset).Take(query.Limit).ToList();
        return (new ClaimPage([.. shown.Select(f => f.Claim)], flagged.Count), shown.ToDictionary(f => f.Claim.Id, f => f.Media, StringComparer.Ordinal));
    }
}
