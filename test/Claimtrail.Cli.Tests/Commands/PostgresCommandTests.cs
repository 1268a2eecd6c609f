using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Postgres;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary>The ledger commands on PostgreSQL, chosen by a connection string in <c>--db</c> or <c>CLAIMTRAIL_DB</c>.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class PostgresCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private TestDatabase? _database;

    private string Db => _database!.ConnectionString;

    private string Display => PostgresLedger.Describe(Db);

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public void Dispose() => _folder.Dispose();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [LedgerFact]
    public async Task Db_migrate_creates_the_schema_then_finds_it_up_to_date()
    {
        var first = await CliRun.RunAsync("db", "migrate", "--db", Db);
        var second = await CliRun.RunAsync("db", "migrate", "--db", Db);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal($"{Display}: schema version {PostgresLedger.LatestSchemaVersion} ({PostgresLedger.LatestSchemaVersion} migration{(PostgresLedger.LatestSchemaVersion == 1 ? string.Empty : "s")} applied)", first.Out.Trim());
        Assert.Equal($"{Display}: schema version {PostgresLedger.LatestSchemaVersion} (0 migrations applied)", second.Out.Trim());
    }

    [LedgerFact]
    public async Task Claims_on_a_database_without_a_ledger_fails_and_creates_nothing()
    {
        var run = await CliRun.RunAsync("claims", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal([$"claimtrail: {Display}: no ledger in this database (create one with 'claimtrail db migrate' or 'claimtrail ingest')"], run.ErrorLines);
        Assert.Empty(await _database!.QueryAsync("SELECT 1 FROM pg_tables WHERE schemaname = 'public'"));
    }

    [LedgerFact]
    public async Task Read_commands_print_the_same_json_on_both_engines()
    {
        var file = _folder.PathOf("ledger.db");
        var id = await LedgerSeed.WriteAsync(file);
        Assert.Equal(id, await LedgerSeed.WriteAsync(Db));

        foreach (var args in new[] { ["claims", "--json"], ["claims", "--json", "--query", "zizkov"], new[] { "claim", id, "--json" } })
        {
            var sqlite = await CliRun.RunAsync([.. args, "--db", file]);
            var postgres = await CliRun.RunAsync([.. args, "--db", Db]);

            Assert.Equal(ExitCodes.Success, postgres.ExitCode);
            Assert.Equal(sqlite.Out, postgres.Out);
        }
    }

    [LedgerFact]
    public async Task Ingest_then_claim_work_on_a_connection_string_and_never_print_the_password()
    {
        var article = _folder.File("harbour.txt", "The port authority said on Monday that the northern harbour will close for repairs.");

        var ingest = await CliRun.RunAsync("ingest", article, "--db", Db);
        var again = await CliRun.RunAsync("ingest", article, "--db", Db);
        var claims = await CliRun.RunAsync("claims", "--json", "--query", "harbour", "--db", Db);
        var missing = await CliRun.RunAsync("claim", "c-does-not-exist", "--db", Db);

        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.Contains("1 read, 1 new, 0 duplicate, 0 failed", ingest.Error, StringComparison.Ordinal);
        Assert.Contains("1 read, 0 new, 1 duplicate, 0 failed", again.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(claims.Out);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([$"claimtrail: no claim with id 'c-does-not-exist' in {Display} (list them with 'claimtrail claims')"], missing.ErrorLines);
    }

    [LedgerFact]
    public async Task A_ledger_moves_from_sqlite_through_jsonl_to_postgres_and_exports_the_same_bytes()
    {
        var sqlite = _folder.PathOf("source.db");
        await LedgerSeed.WriteAsync(sqlite);
        foreach (var (name, text) in new[] { ("power.txt", Articles.Power), ("bridge.txt", Articles.Bridge), ("harvest.txt", Articles.Harvest) })
        {
            Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", _folder.File(name, text), "--db", sqlite)).ExitCode);
        }

        var fromSqlite = await CliRun.RunAsync("export", "--format", "jsonl", "--db", sqlite);
        var import = await CliRun.RunAsync("import", _folder.File("ledger.jsonl", fromSqlite.Out), "--db", Db);
        var fromPostgres = await CliRun.RunAsync("export", "--format", "jsonl", "--db", Db);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Equal(["claimtrail: import: 5 read, 5 new, 0 duplicate, 0 failed"], import.ErrorLines);
        Assert.Equal(fromSqlite.Out, fromPostgres.Out);
        Assert.Equal((await CliRun.RunAsync("claims", "--json", "--limit", "1000", "--db", sqlite)).Out, (await CliRun.RunAsync("claims", "--json", "--limit", "1000", "--db", Db)).Out);
    }

    [LedgerFact]
    public async Task Help_never_prints_the_connection_string_from_the_environment()
    {
        var environment = new Dictionary<string, string> { ["CLAIMTRAIL_DB"] = Db + ";Password=s3cret-word" };

        using var help = CommandProcess.Start(_folder.Path, environment, "claims", "--help");
        var run = await help.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("CLAIMTRAIL_DB", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-word", run.Out + run.Error, StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task The_environment_variable_chooses_the_ledger_when_no_db_is_given()
    {
        var article = _folder.File("harbour.txt", "The port authority said on Monday that the northern harbour will close for repairs.");
        var environment = new Dictionary<string, string> { ["CLAIMTRAIL_DB"] = Db };

        using (var ingest = CommandProcess.Start(_folder.Path, environment, "ingest", article))
        {
            Assert.Equal(ExitCodes.Success, (await ingest.WaitAsync(TimeSpan.FromMinutes(2))).ExitCode);
        }

        using var claims = CommandProcess.Start(_folder.Path, environment, "claims", "--json");
        var run = await claims.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(run.Out).RootElement.GetProperty("total").GetInt32());
        Assert.False(File.Exists(_folder.PathOf("claimtrail.db")));
    }
}
