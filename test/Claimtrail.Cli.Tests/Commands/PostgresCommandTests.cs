using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Geo;
using Claimtrail.Ledger;
using Claimtrail.Ledger.Postgres;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Tests.Support;
using Claimtrail.Users;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary>The ledger commands on PostgreSQL, chosen by a connection string in <c>--db</c> or <c>CLAIMTRAIL_DB</c>.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class PostgresCommandTests : IAsyncLifetime, IDisposable
{
    // Posts with every piece of post metadata the readers know: forward, reply, edit time, location, media.
    private const string TelegramExport = """
        {
         "name": "Harbour Watch",
         "type": "public_channel",
         "id": 7654321,
         "messages": [
          {"id": 7, "type": "message", "date_unixtime": "1704103500", "edited_unixtime": "1704107100", "author": "Ivan", "forwarded_from": "Harbour Watch",
           "reply_to_message_id": 6, "location_information": {"latitude": 55.75, "longitude": 37.62},
           "photo": "photos/7.jpg", "photo_file_size": 48213, "file": "video_files/7.mp4", "media_type": "video_file", "mime_type": "video/mp4", "file_size": 912345,
           "text": "The port authority said that the harbour is closed to ferries."},
          {"id": 8, "type": "message", "date_unixtime": "1704103900", "text": "Nothing is attributed here."}
         ]
        }
        """;

    private const string Posts = """
        {"id": "a1", "platform": "x", "url": "https://example.org/a1", "author": "@desk", "published": "2024-03-01T18:00:00+03:00", "text": "The mayor said that the bridge is closed.", "media": [{"kind": "video", "url": "https://example.org/v.mp4", "sha256": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}]}
        """;

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

        // The export's photo is there (fingerprinted, carried as a media line); its video is not.
        Directory.CreateDirectory(_folder.PathOf("photos"));
        _folder.File("photos/7.jpg", Claimtrail.Media.Tests.Support.TestImages.Jpeg(Claimtrail.Media.Tests.Support.TestImages.Photo(7)));
        foreach (var (name, text) in new[] { ("power.txt", Articles.Power), ("bridge.txt", Articles.Bridge), ("harvest.txt", Articles.Harvest), ("result.json", TelegramExport), ("posts.jsonl", Posts) })
        {
            Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", _folder.File(name, text), "--db", sqlite)).ExitCode);
        }

        // The same article under another name: a sighting of the stored report, which the export must carry.
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", _folder.File("power-again.txt", Articles.Power), "--db", sqlite)).ExitCode);
        await AddDeskRecordsAsync(sqlite);

        var fromSqlite = await CliRun.RunAsync("export", "--format", "jsonl", "--db", sqlite);
        var import = await CliRun.RunAsync("import", _folder.File("ledger.jsonl", fromSqlite.Out), "--db", Db);
        var fromPostgres = await CliRun.RunAsync("export", "--format", "jsonl", "--db", Db);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Equal(4, import.ErrorLines.Count);
        Assert.Equal("claimtrail: import: 8 read, 8 new, 0 duplicate, 0 failed", import.ErrorLines[0]);
        Assert.Matches("^claimtrail: import: 1 sightings, [1-9][0-9]* claim embeddings$", import.ErrorLines[1]);
        Assert.Equal("claimtrail: import: 1 media appearances", import.ErrorLines[2]);
        Assert.Equal("claimtrail: import: 2 accounts, 1 API tokens, 2 desk places, 3 audit entries", import.ErrorLines[3]);
        Assert.Contains("{\"sighting\":{\"reportId\":", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"" + JsonEncodedText.Encode(_folder.PathOf("power-again.txt")), fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"claimEmbedding\":{\"claimId\":", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"media\":{\"media\":{\"sha256\":", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"user\":{\"name\":\"Ana\"", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"apiToken\":{", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"deskPlace\":{\"name\":\"Old Mill\"", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("{\"auditHead\":{\"sequence\":3,", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("audit", "verify", "--db", Db)).ExitCode);
        await using (var postgres = (await LedgerFactory.OpenAsync(LedgerTarget.Parse(Db), create: false)).Ledger)
        {
            Assert.Equal("Ana", (await postgres.FindApiTokenUserAsync(ApiTokens.Hash("token-of-ana")))?.Name);
            var reviewed = (await postgres.ListClaimsAsync(new ClaimQuery { Status = ClaimStatus.False })).Claims.Single();
            var detail = await postgres.GetClaimAsync(reviewed.Id);
            Assert.Equal(2, detail!.Version);
            Assert.Equal(2, detail.Reviews.Count);
        }

        Assert.Contains("\"forwardedFrom\":\"Harbour Watch\"", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("\"mimeType\":\"video/mp4\"", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("\"sha256\":\"" + new string('b', 64) + "\"", fromSqlite.Out, StringComparison.Ordinal);
        Assert.Equal(fromSqlite.Out, fromPostgres.Out);
        Assert.Equal((await CliRun.RunAsync("claims", "--json", "--limit", "1000", "--db", sqlite)).Out, (await CliRun.RunAsync("claims", "--json", "--limit", "1000", "--db", Db)).Out);
    }

    // Accounts, a token filed under another case of its account's name, and three reviews (one claim reviewed twice):
    // an export must carry them, and the audit chain must verify where it is imported.
    private static async Task AddDeskRecordsAsync(string sqlite)
    {
        var clock = new ReplayClock { Now = new DateTimeOffset(2026, 5, 6, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567) };
        var opened = await LedgerFactory.OpenAsync(LedgerTarget.Parse(sqlite), create: false, clock);
        await using var ledger = opened.Ledger;
        Assert.True(await ledger.AddUserAsync(new DeskUser("Ana", DeskRole.Reviewer, "hash-of-ana", clock.Now)));
        Assert.True(await ledger.AddUserAsync(new DeskUser("boris", DeskRole.Admin, "hash-of-boris", clock.Now.AddMinutes(1))));
        await ledger.AddApiTokenAsync("ana", ApiTokens.Hash("token-of-ana"), "laptop");
        Assert.True(await ledger.AddDeskPlaceAsync(new DeskPlace("Quay Street", new GeoPoint(51.5012345678, -3.1798765432), "Kestrel Bay", PlacePrecision.Street, "matched to the harbour wall in the photo", "Ana")));
        Assert.True(await ledger.AddDeskPlaceAsync(new DeskPlace("Old Mill", new GeoPoint(-33.9, 151.2), null, PlacePrecision.Point)));
        var claims = (await ledger.ListClaimsAsync(new ClaimQuery())).Claims;
        clock.Now = clock.Now.AddHours(1);
        Assert.Equal(ReviewOutcome.Applied, (await ledger.ReviewAsync(new ReviewRequest(claims[0].Id, ClaimStatus.Misleading, "Cut from a longer statement.", ["https://example.org/full"], "Ana", 0))).Outcome);
        clock.Now = clock.Now.AddHours(1);
        Assert.Equal(ReviewOutcome.Applied, (await ledger.ReviewAsync(new ReviewRequest(claims[0].Id, ClaimStatus.False, "The full statement says the opposite.", [], "boris", 1))).Outcome);
        Assert.Equal(ReviewOutcome.Applied, (await ledger.ReviewAsync(new ReviewRequest(claims[1].Id, ClaimStatus.Confirmed, "Seen on site.", [], "Ana", 0))).Outcome);
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
