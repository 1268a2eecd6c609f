using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Publishing;

/// <summary>Finds the claims with a published verdict, most recently reviewed first.</summary>
public static class PublishedReviews
{
    /// <summary>
    /// Every claim whose status is a final verdict, with its detail, most recently reviewed first, at most
    /// <paramref name="limit"/>. Reads each status's listing, then each claim: fine for a desk's published set.
    /// </summary>
    public static async Task<IReadOnlyList<ClaimDetail>> ListAsync(IClaimReader ledger, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var claims = new List<ClaimDetail>();
        foreach (var status in Enum.GetValues<ClaimStatus>().Where(ClaimReviewJson.IsFinal))
        {
            for (var offset = 0; ; offset += ClaimQuery.MaxLimit)
            {
                var page = await ledger.ListClaimsAsync(new ClaimQuery { Status = status, Offset = offset, Limit = ClaimQuery.MaxLimit }, cancellationToken).ConfigureAwait(false);
                foreach (var summary in page.Claims)
                {
                    if (await ledger.GetClaimAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { Reviews.Count: > 0 } detail)
                    {
                        claims.Add(detail);
                    }
                }

                if (offset + page.Claims.Count >= page.Total || page.Claims.Count == 0)
                {
                    break;
                }
            }
        }

        return [.. claims.OrderByDescending(c => c.Reviews[^1].At).ThenBy(c => c.Id, StringComparer.Ordinal).Take(limit)];
    }
}
