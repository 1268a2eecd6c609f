using Claimtrail.Ledger;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

public sealed class MatchingIngestTests
{
    private const string Council = "The city council approved a new budget of 12 million euros for public transport on Monday.";

    // The same proposition in other words: no identical wording to join them, only matching.
    private const string Municipal = "On Monday, the municipal council passed a 12 million euro public transport budget.";

    [Fact]
    public async Task Two_pasted_reports_stating_one_proposition_in_other_words_become_one_claim_with_both_reports()
    {
        using var desk = new DeskFactory();
        var client = await desk.ClientAsync();

        (await client.PostFormAsync("/ingest", "/ingest", [new("Name", "council"), new("Text", Council)])).Dispose();
        (await client.PostFormAsync("/ingest", "/ingest", [new("Name", "municipal"), new("Text", Municipal)])).Dispose();

        var ledger = desk.Services.GetRequiredService<ILedger>();
        var claim = Assert.Single((await ledger.ListClaimsAsync(new ClaimQuery())).Claims);
        Assert.Equal(2, (await ledger.GetClaimAsync(claim.Id))!.Reports.Count);
    }

    [Fact]
    public async Task With_matching_off_the_same_two_reports_stay_two_claims()
    {
        using var desk = new DeskFactory(("Desk:Matching", "false"));
        var client = await desk.ClientAsync();

        (await client.PostFormAsync("/ingest", "/ingest", [new("Name", "council"), new("Text", Council)])).Dispose();
        (await client.PostFormAsync("/ingest", "/ingest", [new("Name", "municipal"), new("Text", Municipal)])).Dispose();

        var claims = (await desk.Services.GetRequiredService<ILedger>().ListClaimsAsync(new ClaimQuery())).Claims;
        Assert.Equal(2, claims.Count);
    }
}
