using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Users;

namespace Claimtrail.Ledger.Testing;

/// <summary>Accounts and API tokens.</summary>
public abstract partial class LedgerContractTests
{
    [LedgerFact]
    public async Task Accounts_and_tokens_list_oldest_first_under_the_accounts_names_as_stored()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var ana = new DeskUser("Ana", DeskRole.Reviewer, "hash-1", Clock.GetUtcNow());
        var ben = new DeskUser("ben", DeskRole.Admin, "hash-2", Clock.GetUtcNow().AddMinutes(1));
        await ledger.AddUserAsync(ben);
        await ledger.AddUserAsync(ana);
        await ledger.AddApiTokenAsync("ANA", "token-hash", "laptop");

        var users = new List<DeskUser>();
        await foreach (var user in ledger.ListUsersAsync())
        {
            users.Add(user);
        }

        var tokens = new List<StoredApiToken>();
        await foreach (var token in ledger.ListApiTokensAsync())
        {
            tokens.Add(token);
        }

        Assert.Equal([ana, ben], users);
        Assert.Equal([new StoredApiToken("token-hash", "Ana", "laptop", Clock.GetUtcNow())], tokens);
    }

    [LedgerFact]
    public async Task An_account_reads_back_by_name_case_aside_and_a_second_with_that_name_is_refused()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        var ana = new DeskUser("Ana", DeskRole.Reviewer, "hash-1", Clock.GetUtcNow());

        Assert.True(await ledger.AddUserAsync(ana));
        Assert.False(await ledger.AddUserAsync(ana with { Name = "ana", Role = DeskRole.Admin }));

        Assert.Equal(ana, await ledger.GetUserAsync("ANA"));
        Assert.Null(await ledger.GetUserAsync("ben"));
    }

    [LedgerFact]
    public async Task An_api_token_finds_its_account_by_hash()
    {
        await using var ledger = await OpenLedgerAsync(Clock);
        await ledger.AddUserAsync(new DeskUser("ana", DeskRole.Reviewer, "hash-1", Clock.GetUtcNow()));
        var token = ApiTokens.Create();

        await ledger.AddApiTokenAsync("ana", ApiTokens.Hash(token), "script");

        Assert.Equal("ana", (await ledger.FindApiTokenUserAsync(ApiTokens.Hash(token)))?.Name);
        Assert.Null(await ledger.FindApiTokenUserAsync(ApiTokens.Hash(token + "x")));
        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
    }
}
