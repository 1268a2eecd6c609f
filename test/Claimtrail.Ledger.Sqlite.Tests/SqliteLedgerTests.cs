using Claimtrail.Geo;
using System.Globalization;
using Claimtrail.Ledger.Sqlite.Migrations;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Tests.Support;
using Claimtrail.Model;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite.Tests;

/// <summary>What is particular to the SQLite engine: the file, its schema versions, its transactions.</summary>
public sealed class SqliteLedgerTests : IDisposable
{
    private const string Text =
        "The water board said on Tuesday that the reservoir was full. Farmers complained that the canal had been dry for weeks.";

    private readonly TempFolder _folder = new();

    private string DbPath => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Opening_a_new_file_applies_every_migration_and_records_each_version()
    {
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            Assert.Equal(SqliteLedger.LatestSchemaVersion, ledger.SchemaVersion);
        }

        var versions = Query(DbPath, "SELECT version FROM schema_version ORDER BY version").Select(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, MigrationSet.Latest), versions);
        var tables = Query(DbPath, "SELECT name FROM sqlite_schema WHERE type = 'table'").Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "reports", "sources", "mentions", "mention_relays", "claims", "claim_mentions", "claim_search" }, tables);
    }

    [Fact]
    public async Task Post_metadata_and_media_land_in_their_columns_and_the_forward_is_a_channel_source()
    {
        var report = Some.Report("Residents claimed that the bridge is closed.") with
        {
            Post = new PostMetadata
            {
                Platform = "telegram",
                PostId = "42",
                Url = "https://t.me/desk/42",
                Author = "Ivan",
                ForwardedFrom = "Harbour Watch",
                ReplyTo = "41",
                Edited = new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.FromHours(3)),
                Location = new GeoPoint(55.7, 37.6),
                Media = [new MediaItem("photo", "photos/1.jpg") { MimeType = "image/jpeg", Size = 1000, Sha256 = new string('a', 64) }, new MediaItem("video", null)],
            },
        };
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            await ledger.StoreAsync(report, []);
        }

        var row = Assert.Single(Query(DbPath, "SELECT platform, post_id, url, author, forwarded_from, reply_to, edited, latitude, longitude, (SELECT kind || '|' || name FROM sources WHERE id = forwarded_from_source_id) FROM reports"));
        Assert.Equal<object?>(["telegram", "42", "https://t.me/desk/42", "Ivan", "Harbour Watch", "41", "2026-03-01T18:00:00.0000000Z", 55.7, 37.6, "channel|Harbour Watch"], row);
        var media = Query(DbPath, "SELECT position, kind, reference, mime_type, size, sha256 FROM report_media ORDER BY position");
        Assert.Equal<object?>([0L, "photo", "photos/1.jpg", "image/jpeg", 1000L, new string('a', 64)], media[0]);
        Assert.Equal<object?>([1L, "video", DBNull.Value, DBNull.Value, DBNull.Value, DBNull.Value], media[1]);
    }

    [Fact]
    public async Task Reopening_applies_nothing_twice_and_keeps_the_data()
    {
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            await ledger.StoreAsync(Report(), Some.ClaimsOf(Report()));
        }

        var applied = Query(DbPath, "SELECT version, applied_at FROM schema_version");
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            Assert.Equal(2, (await ledger.CountAsync()).Mentions);
        }

        Assert.Equal(applied, Query(DbPath, "SELECT version, applied_at FROM schema_version"));
    }

    [Fact]
    public async Task A_database_newer_than_the_program_is_refused_and_left_alone()
    {
        await (await SqliteLedger.OpenAsync(DbPath)).DisposeAsync();
        var newer = SqliteLedger.LatestSchemaVersion + 1;
        Execute(DbPath, $"INSERT INTO schema_version (version, name, applied_at) VALUES ({newer}, 'from_the_future', '2030-01-01T00:00:00Z')");

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedger.OpenAsync(DbPath));

        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Single(Query(DbPath, $"SELECT 1 FROM schema_version WHERE version = {newer}"));
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode()
    {
        await using var ledger = await SqliteLedger.OpenAsync(DbPath);

        Assert.Equal("wal", Query(DbPath, "PRAGMA journal_mode").Single()[0]);
    }

    [Fact]
    public async Task A_missing_file_is_refused_when_creating_is_not_allowed_and_no_file_appears()
    {
        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedger.OpenAsync(DbPath, new SqliteLedgerOptions { CreateIfMissing = false }));

        Assert.Contains("no ledger", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        var path = _folder.File("notes.db", "These are notes, not a database. They go on for a while so the header is not empty.");

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedger.OpenAsync(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_fails_midway_leaves_nothing_half_written()
    {
        await (await SqliteLedger.OpenAsync(DbPath)).DisposeAsync();

        // Fails the last step of the store, after the report, its sources and its mentions are written.
        Execute(DbPath, "CREATE TRIGGER fail_links BEFORE INSERT ON claim_mentions BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
        await using var ledger = await SqliteLedger.OpenAsync(DbPath);

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.StoreAsync(Report(), Some.ClaimsOf(Report())));

        Assert.Contains("disk on fire", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
        Assert.Empty(Query(DbPath, "SELECT * FROM claim_search"));
    }

    [Fact]
    public async Task A_store_cancelled_midway_leaves_nothing_half_written_and_the_ledger_goes_on()
    {
        await (await SqliteLedger.OpenAsync(DbPath)).DisposeAsync();

        // The report insert takes a few seconds after its row is written, so the cancellation lands midway even on a fast machine.
        Execute(DbPath, """
            CREATE TRIGGER slow_reports AFTER INSERT ON reports BEGIN
                SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000000) SELECT i FROM n);
            END
            """);
        await using var ledger = await SqliteLedger.OpenAsync(DbPath);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.StoreAsync(Report(), Some.ClaimsOf(Report()), cancellation.Token));

        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(Report(), Some.ClaimsOf(Report())));
        Assert.Equal(new LedgerCounts(1, 2, 2, 2), await ledger.CountAsync());
    }

    [Fact]
    public async Task The_search_index_holds_one_row_per_claim_with_all_its_mentions()
    {
        var other = Some.Report("Engineers said that the reservoir was full.", (id, t) => [Some.Mention(id, t, "Engineers", "said", "the reservoir was full", SourceKind.Collective)]);
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            await ledger.StoreAsync(Report(), Some.ClaimsOf(Report()));
            await ledger.StoreAsync(other, Some.ClaimsOf(other));
        }

        var rows = Query(DbPath, "SELECT c.id, s.mentions FROM claim_search s JOIN claims c ON c.seq = s.rowid ORDER BY c.seq");

        Assert.Equal(2, rows.Count);
        Assert.Equal("the reservoir was full\nthe reservoir was full", rows[0][1]);
        Assert.Empty(Query(DbPath, "PRAGMA foreign_key_check"));
        Assert.Equal("ok", Query(DbPath, "PRAGMA integrity_check").Single()[0]);
    }

    [Fact]
    public async Task List_columns_hold_the_contract_json_and_enums_its_spelling()
    {
        var text = "Witnesses told a local radio, citing two videos, that a crane fell in Harbour Street.";
        var report = Some.Report(text, (id, t) =>
        [
            Some.Mention(id, t, "Witnesses", "told a local radio", "a crane fell in Harbour Street", SourceKind.Collective) with
            {
                Stance = Stance.NoComment,
                Hedges = ["citing"],
                Evidence = [new EvidenceRef(EvidenceKind.Video, "two videos", Some.SpanOf(t, "two videos"))],
                Places = [new PlaceRef("Harbour Street", null, Some.SpanOf(t, "Harbour Street"))],
            },
        ]);
        await using (var ledger = await SqliteLedger.OpenAsync(DbPath))
        {
            await ledger.StoreAsync(report, Some.ClaimsOf(report));
        }

        var row = Query(DbPath, """
            SELECT m.stance, json_extract(m.evidence, '$[0].kind'), json_extract(m.evidence, '$[0].span[1]'),
                   json_extract(m.places, '$[0].name'), json_extract(m.hedges, '$[0]'), json_extract(m.fragments, '$[0][0]'), s.kind
              FROM mentions m JOIN sources s ON s.id = m.speaker_source_id
            """).Single();

        var evidence = Some.SpanOf(text, "two videos");
        Assert.Equal(new object?[] { "no_comment", "video", (long)evidence.End, "Harbour Street", "citing", (long)text.IndexOf("a crane", StringComparison.Ordinal), "collective" }, row);
    }

    [Fact]
    public async Task Concurrent_calls_on_one_ledger_are_serialised()
    {
        await using var ledger = await SqliteLedger.OpenAsync(DbPath);
        var reports = Enumerable.Range(0, 20)
            .Select(i => Some.Report($"Clerks said that form {i} was lost.", (id, t) => [Some.Mention(id, t, "Clerks", "said", $"form {i} was lost", SourceKind.Collective)]))
            .ToList();

        var outcomes = await Task.WhenAll(reports.Select(r => Task.Run(() => ledger.StoreAsync(r, Some.ClaimsOf(r)))));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => ledger.ListClaimsAsync(new ClaimQuery { Text = "lost" }))));

        Assert.All(outcomes, o => Assert.Equal(StoreOutcome.New, o));
        Assert.Equal(new LedgerCounts(20, 1, 20, 20), await ledger.CountAsync());
    }

    private static Report Report() => Some.Report(Text, (id, t) =>
    [
        Some.Mention(id, t, "The water board", "said on Tuesday", "the reservoir was full"),
        Some.Mention(id, t, "Farmers", "complained", "the canal had been dry for weeks", SourceKind.Collective),
    ]);

    private static List<object?[]> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
