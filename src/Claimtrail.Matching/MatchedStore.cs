using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Matching;

/// <summary>Stores a report's claims matched against the ledger's claims, as every process that ingests does.</summary>
public static class MatchedStore
{
    /// <summary>
    /// Stores <paramref name="report"/> with its <paramref name="claims"/>, first matched against the ledger's claims when
    /// <paramref name="matcher"/> is given; afterwards the matcher's index takes the claims the store added. Never
    /// cancelled midway: a store is whole or absent.
    /// </summary>
    public static async Task<StoreOutcome> StoreAsync(ILedger ledger, LedgerClaimMatcher? matcher, Report report, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(claims);
        if (matcher is null || claims.Count == 0)
        {
            return await ledger.StoreAsync(report, claims, CancellationToken.None).ConfigureAwait(false);
        }

        var resolved = await matcher.ResolveAsync(claims, CancellationToken.None).ConfigureAwait(false);
        var outcome = await ledger.StoreAsync(report, resolved, CancellationToken.None).ConfigureAwait(false);
        await matcher.RememberAsync(CancellationToken.None).ConfigureAwait(false);
        return outcome;
    }
}
