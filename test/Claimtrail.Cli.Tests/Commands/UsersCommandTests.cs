using Claimtrail.Ledger.Sqlite;
using Claimtrail.Tests.Support;
using Claimtrail.Users;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class UsersCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    private static async Task<(int Exit, string Out, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? string.Empty);
        var exit = await Program.RunAsync(args, new CliContext(output, error, false) { In = reader });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Users_add_reads_the_password_from_stdin_and_stores_only_its_hash()
    {
        var run = await RunAsync("a long enough password\n", "users", "add", "ana", "--role", "admin", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("added ana (admin)", run.Error, StringComparison.Ordinal);
        await using var ledger = await SqliteLedger.OpenAsync(Db);
        var user = await ledger.GetUserAsync("ana");
        Assert.Equal(DeskRole.Admin, user?.Role);
        Assert.DoesNotContain("a long enough password", user!.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_bad_usage()
    {
        var run = await RunAsync("short\n", "users", "add", "ana", "--db", Db);

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_taken_name_fails()
    {
        await RunAsync("a long enough password\n", "users", "add", "ana", "--db", Db);

        var run = await RunAsync("another long password\n", "users", "add", "ANA", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains("exists", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_token_prints_a_token_that_finds_the_account()
    {
        await RunAsync("a long enough password\n", "users", "add", "bot", "--role", "reviewer", "--db", Db);

        var run = await RunAsync(null, "users", "token", "bot", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var token = run.Out.Trim();
        await using var ledger = await SqliteLedger.OpenAsync(Db);
        Assert.Equal("bot", (await ledger.FindApiTokenUserAsync(ApiTokens.Hash(token)))?.Name);
    }
}
