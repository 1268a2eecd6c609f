using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;

namespace Claimtrail.Ledger.Testing;

/// <summary>Check-worthiness: kept per mention, the highest per claim, and an order of the claim list.</summary>
public abstract partial class LedgerContractTests
{
    private const string ClosureContent = "the harbour will close for a week";

    [LedgerFact]
    public async Task A_claims_check_worthiness_is_the_highest_of_its_mentions_across_reports()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var (first, firstClaim) = Scored("The port authority said that the harbour will close for a week.", "The port authority", 0.25);
        var (second, secondClaim) = Scored("Dock workers said that the harbour will close for a week.", "Dock workers", 0.75);
        var (third, thirdClaim) = Scored("A ferry captain said that the harbour will close for a week.", "A ferry captain", 0.1);

        await ledger.StoreAsync(first, [firstClaim]);
        var afterOne = await ledger.ListClaimsAsync(new ClaimQuery());
        await ledger.StoreAsync(second, [secondClaim]);
        await ledger.StoreAsync(third, [thirdClaim]);
        var afterThree = await ledger.ListClaimsAsync(new ClaimQuery());

        Assert.Equal(0.25, Assert.Single(afterOne.Claims).CheckWorthiness);
        var claim = Assert.Single(afterThree.Claims);
        Assert.Equal(0.75, claim.CheckWorthiness);
        var detail = await ledger.GetClaimAsync(claim.Id);
        Assert.Equal([0.25, 0.75, 0.1], detail!.Mentions.Select(m => m.Mention.CheckWorthiness));
    }

    [LedgerFact]
    public async Task Listing_by_check_worthiness_puts_the_most_check_worthy_first_and_unscored_claims_last()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var (low, lowClaim) = Scored("The mayor said that the parade was a lovely day out.", "The mayor", 0.05, "the parade was a lovely day out");
        var (none, noneClaim) = Scored("The council said that the budget rose by 12 percent.", "The council", null, "the budget rose by 12 percent");
        var (high, highClaim) = Scored("The ministry said that 40,000 homes lost power on Monday.", "The ministry", 0.9, "40,000 homes lost power on Monday");
        foreach (var (report, claim) in new[] { (low, lowClaim), (none, noneClaim), (high, highClaim) })
        {
            await ledger.StoreAsync(report, [claim]);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var page = await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.CheckWorthy });

        Assert.Equal([highClaim.Id, lowClaim.Id, noneClaim.Id], page.Claims.Select(c => c.Id));
        Assert.Equal([0.9, 0.05, null], page.Claims.Select(c => c.CheckWorthiness));
        Assert.Equal(3, page.Total);
    }

    private static (Report Report, Claim Claim) Scored(string text, string speaker, double? score, string content = ClosureContent)
    {
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, speaker, "said", content) with { CheckWorthiness = score }]);
        return (report, Some.Claim(content, report.Mentions[0]));
    }
}
