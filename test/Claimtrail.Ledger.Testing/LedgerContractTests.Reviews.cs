using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Claimtrail.Reviews;

namespace Claimtrail.Ledger.Testing;

/// <summary>Reviews: status changes with optimistic concurrency, recorded in a hash-chained audit log.</summary>
public abstract partial class LedgerContractTests
{
    private static ReviewRequest Request(string claimId, ClaimStatus status, long version, string reviewer = "ana") =>
        new(claimId, status, "Two independent origins show it.", ["https://example.org/geolocation"], reviewer, version);

    private async Task<(ILedger Ledger, string ClaimId)> LedgerWithClaimAsync()
    {
        var ledger = await OpenLedgerAsync(Clock);
        var report = Harbour();
        await ledger.StoreAsync(report, Some.ClaimsOf(report));
        return (ledger, Some.ClaimsOf(report)[0].Id);
    }

    [LedgerFact]
    public async Task A_review_sets_the_status_bumps_the_version_and_is_listed_with_the_claim()
    {
        var (ledger, id) = await LedgerWithClaimAsync();
        await using var _ = ledger;

        var result = await ledger.ReviewAsync(Request(id, ClaimStatus.Corroborated, 0));

        Assert.Equal(ReviewOutcome.Applied, result.Outcome);
        Assert.Equal(1, result.CurrentVersion);
        var detail = await ledger.GetClaimAsync(id);
        Assert.NotNull(detail);
        Assert.Equal(ClaimStatus.Corroborated, detail.Status);
        Assert.Equal(1, detail.Version);
        var review = Assert.Single(detail.Reviews);
        Assert.Equal(new Review(id, ClaimStatus.Corroborated, ClaimStatus.Unverified, "Two independent origins show it.", ["https://example.org/geolocation"], "ana", Clock.GetUtcNow(), 1, 1) with { Evidence = review.Evidence }, review);
        Assert.Equal(["https://example.org/geolocation"], review.Evidence);
        Assert.Equal(1, (await ledger.ListClaimsAsync(new ClaimQuery { Status = ClaimStatus.Corroborated })).Total);
    }

    [LedgerFact]
    public async Task A_review_against_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var (ledger, id) = await LedgerWithClaimAsync();
        await using var _ = ledger;
        await ledger.ReviewAsync(Request(id, ClaimStatus.False, 0, reviewer: "ana"));

        var stale = await ledger.ReviewAsync(Request(id, ClaimStatus.Confirmed, 0, reviewer: "ben"));

        Assert.Equal(ReviewOutcome.Conflict, stale.Outcome);
        Assert.Equal(ClaimStatus.False, stale.CurrentStatus);
        Assert.Equal(1, stale.CurrentVersion);
        Assert.Equal("ana", stale.Review?.Reviewer);
        var detail = await ledger.GetClaimAsync(id);
        Assert.Equal(ClaimStatus.False, detail!.Status);
        Assert.Single(detail.Reviews);
    }

    [LedgerFact]
    public async Task A_review_of_an_unknown_claim_is_not_found()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        Assert.Equal(ReviewOutcome.NotFound, (await ledger.ReviewAsync(Request("c-0000000000000000", ClaimStatus.False, 0))).Outcome);
    }

    [LedgerFact]
    public async Task An_invalid_review_is_refused()
    {
        var (ledger, id) = await LedgerWithClaimAsync();
        await using var _ = ledger;

        await Assert.ThrowsAsync<ArgumentException>(() => ledger.ReviewAsync(Request(id, ClaimStatus.False, 0) with { Evidence = ["javascript:alert(1)"] }));
        await Assert.ThrowsAsync<ArgumentException>(() => ledger.ReviewAsync(Request(id, ClaimStatus.False, 0) with { Rationale = " " }));
        Assert.Equal(0, (await ledger.GetClaimAsync(id))!.Version);
    }

    [LedgerFact]
    public async Task Every_review_is_chained_in_the_audit_log_and_the_log_verifies()
    {
        var (ledger, id) = await LedgerWithClaimAsync();
        await using var _ = ledger;
        await ledger.ReviewAsync(Request(id, ClaimStatus.InReview, 0));
        Clock.Advance(TimeSpan.FromMinutes(3));
        await ledger.ReviewAsync(Request(id, ClaimStatus.False, 1, reviewer: "ben"));

        var entries = new List<AuditEntry>();
        await foreach (var entry in ledger.ReadAuditLogAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(new AuditHead(2, entries[1].Hash), await ledger.GetAuditHeadAsync());
        var verdict = await AuditChain.VerifyAsync(ledger.ReadAuditLogAsync(), await ledger.GetAuditHeadAsync());
        Assert.True(verdict.Intact, verdict.Problem);
        Assert.Equal(2, verdict.Entries);
    }

    [LedgerFact]
    public async Task An_exported_audit_log_restores_verbatim_with_the_claims_versions()
    {
        var (ledger, id) = await LedgerWithClaimAsync();
        await using var _ = ledger;
        var at = Clock.GetUtcNow();
        var first = AuditChain.Next(AuditHead.Empty, at, "ana", ReviewPayload.Action, id, ReviewPayload.Write(ClaimStatus.InReview, ClaimStatus.Unverified, "Checking.", [], 1));
        var second = AuditChain.Next(new AuditHead(first.Sequence, first.Hash), at.AddMinutes(3), "ben", ReviewPayload.Action, id, ReviewPayload.Write(ClaimStatus.False, ClaimStatus.InReview, "Refuted.", [], 2));
        var head = new AuditHead(second.Sequence, second.Hash);

        await ledger.RestoreAuditLogAsync([first, second], head);

        var entries = new List<AuditEntry>();
        await foreach (var entry in ledger.ReadAuditLogAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal([first, second], entries);
        Assert.Equal(head, await ledger.GetAuditHeadAsync());
        var detail = await ledger.GetClaimAsync(id);
        Assert.Equal(2, detail!.Version);
        Assert.Equal(["ana", "ben"], detail.Reviews.Select(r => r.Reviewer));
        var verdict = await AuditChain.VerifyAsync(ledger.ReadAuditLogAsync(), head);
        Assert.True(verdict.Intact, verdict.Problem);
        await Assert.ThrowsAsync<LedgerException>(() => ledger.RestoreAuditLogAsync([first], new AuditHead(first.Sequence, first.Hash)));
    }

    [LedgerFact]
    public async Task An_empty_audit_log_verifies()
    {
        await using var ledger = await OpenLedgerAsync(Clock);

        var verdict = await AuditChain.VerifyAsync(ledger.ReadAuditLogAsync(), await ledger.GetAuditHeadAsync());

        Assert.True(verdict.Intact);
        Assert.Equal(0, verdict.Entries);
    }
}
