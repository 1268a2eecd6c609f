using Claimtrail.Ledger.Postgres.Migrations;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Npgsql;

namespace Claimtrail.Ledger.Postgres.Tests;

/// <summary>What is particular to the PostgreSQL engine: migrations and their lock, concurrent writers, the search index.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class PostgresLedgerTests : IAsyncLifetime
{
    private const string Text =
        "The water board said on Tuesday that the reservoir was full. Farmers complained that the canal had been dry for weeks.";

    private TestDatabase? _database;

    private TestDatabase Database => _database!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [LedgerFact]
    public async Task Opening_a_new_database_applies_every_migration_and_records_each_version()
    {
        await using (var ledger = await OpenAsync())
        {
            Assert.Equal(PostgresLedger.LatestSchemaVersion, ledger.SchemaVersion);
            Assert.Equal(PostgresLedger.LatestSchemaVersion, ledger.AppliedMigrations);
        }

        var versions = (await Database.QueryAsync("SELECT version FROM schema_version ORDER BY version")).Select(r => (int)r[0]!);
        Assert.Equal(Enumerable.Range(1, MigrationSet.Latest), versions);
        var tables = (await Database.QueryAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "reports", "sources", "mentions", "mention_relays", "claims", "claim_mentions", "schema_version" }, tables);
    }

    [LedgerFact]
    public async Task Reopening_applies_nothing_twice_and_keeps_the_data()
    {
        await using (var ledger = await OpenAsync())
        {
            await ledger.StoreAsync(Report(), Some.ClaimsOf(Report()));
        }

        var applied = await Database.QueryAsync("SELECT version, applied_at FROM schema_version");
        await using (var ledger = await OpenAsync())
        {
            Assert.Equal(0, ledger.AppliedMigrations);
            Assert.Equal(2, (await ledger.CountAsync()).Mentions);
        }

        Assert.Equal(applied, await Database.QueryAsync("SELECT version, applied_at FROM schema_version"));
    }

    [LedgerFact]
    public async Task A_database_newer_than_the_program_is_refused_and_left_alone()
    {
        await (await OpenAsync()).DisposeAsync();
        var newer = PostgresLedger.LatestSchemaVersion + 1;
        await Database.ExecuteAsync($"INSERT INTO schema_version (version, name, applied_at) VALUES ({newer}, 'from_the_future', '2030-01-01T00:00:00Z')");

        var error = await Assert.ThrowsAsync<LedgerException>(() => OpenAsync());

        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Single(await Database.QueryAsync($"SELECT 1 FROM schema_version WHERE version = {newer}"));
    }

    [LedgerFact]
    public async Task A_database_without_a_ledger_is_refused_when_creating_is_not_allowed_and_left_empty()
    {
        var error = await Assert.ThrowsAsync<LedgerException>(() => OpenAsync(create: false));

        Assert.Contains("no ledger", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Database.QueryAsync("SELECT 1 FROM pg_tables WHERE schemaname = 'public'"));
    }

    [LedgerFact]
    public async Task Messages_name_the_database_but_never_the_password()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Password = "s3cret-word", Port = 1, Timeout = 2 }.ConnectionString;

        var error = await Assert.ThrowsAsync<LedgerException>(() => PostgresLedger.OpenAsync(connectionString));

        Assert.Contains(Database.Name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-word", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-word", PostgresLedger.Describe(connectionString), StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task Processes_opening_one_new_database_at_once_create_the_schema_once()
    {
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => OpenAsync())));
        try
        {
            Assert.Equal(MigrationSet.Latest, ledgers.Sum(l => l.AppliedMigrations));
            Assert.All(ledgers, l => Assert.Equal(PostgresLedger.LatestSchemaVersion, l.SchemaVersion));
        }
        finally
        {
            foreach (var ledger in ledgers)
            {
                await ledger.DisposeAsync();
            }
        }

        Assert.Equal(MigrationSet.Latest, (await Database.QueryAsync("SELECT version FROM schema_version")).Count);
    }

    [LedgerFact]
    public async Task Migrations_wait_for_the_advisory_lock_another_process_holds()
    {
        await using var holder = await Database.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Migrator.LockKey})", holder, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        var opening = OpenAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(opening.IsCompleted);
        Assert.Empty(await Database.QueryAsync("SELECT 1 FROM pg_tables WHERE tablename = 'schema_version'"));

        await transaction.CommitAsync();
        await using var ledger = await opening.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(PostgresLedger.LatestSchemaVersion, ledger.SchemaVersion);
    }

    [LedgerFact]
    public async Task The_same_report_stored_concurrently_from_several_processes_is_stored_once()
    {
        await (await OpenAsync()).DisposeAsync();
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));
        try
        {
            for (var round = 0; round < 5; round++)
            {
                var text = $"Round {round}: the water board said that the reservoir was full. Farmers complained that the canal had been dry for weeks.";
                var report = Some.Report(text, (id, t) =>
                [
                    Some.Mention(id, t, "the water board", "said", "the reservoir was full"),
                    Some.Mention(id, t, "Farmers", "complained", "the canal had been dry for weeks", SourceKind.Collective),
                ]);

                var outcomes = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.StoreAsync(report, Some.ClaimsOf(report)))));

                Assert.Single(outcomes, o => o == StoreOutcome.New);
            }

            Assert.Equal(new LedgerCounts(5, 2, 10, 2), await ledgers[0].CountAsync());
            var page = await ledgers[0].ListClaimsAsync(new ClaimQuery());
            Assert.All(page.Claims, c => Assert.Equal(5, c.MentionCount));
        }
        finally
        {
            foreach (var ledger in ledgers)
            {
                await ledger.DisposeAsync();
            }
        }
    }

    [LedgerFact]
    public async Task Concurrent_reports_naming_the_same_sources_and_claims_keep_every_link_searchable()
    {
        await (await OpenAsync()).DisposeAsync();
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));
        var words = new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima" };
        try
        {
            // Every report names the same two sources (in either order) and states the same claim in its own words.
            var reports = words.Select((word, i) =>
            {
                var first = i % 2 == 0 ? "The port authority" : "The ferry company";
                var second = i % 2 == 0 ? "The ferry company" : "The port authority";
                var text = $"{first} said that the harbour will close, in {word} terms. {second} added that the harbour will close.";
                return Some.Report(text, (id, t) =>
                [
                    Some.Mention(id, t, first, "said", $"the harbour will close, in {word} terms"),
                    Some.Mention(id, t, second, "added", "the harbour will close."),
                ]);
            }).ToList();
            var claim = "The harbour will close";

            await Task.WhenAll(reports.Select((r, i) => Task.Run(() => ledgers[i % ledgers.Length].StoreAsync(r, [Some.Claim(claim, [.. r.Mentions])]))));

            Assert.Equal(new LedgerCounts(words.Length, 2, 2 * words.Length, 1), await ledgers[0].CountAsync());
            foreach (var word in words)
            {
                var page = await ledgers[0].ListClaimsAsync(new ClaimQuery { Text = word });
                Assert.Equal(Some.Claim(claim).Id, Assert.Single(page.Claims).Id);
            }
        }
        finally
        {
            foreach (var ledger in ledgers)
            {
                await ledger.DisposeAsync();
            }
        }
    }

    [LedgerFact]
    public async Task A_store_that_fails_midway_leaves_nothing_half_written()
    {
        await (await OpenAsync()).DisposeAsync();

        // Fails the last steps of the store, after the report, its sources and its mentions are written.
        await Database.ExecuteAsync("""
            CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$;
            CREATE TRIGGER fail_links BEFORE INSERT ON claim_mentions FOR EACH ROW EXECUTE FUNCTION fail();
            """);
        await using var ledger = await OpenAsync();

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.StoreAsync(Report(), Some.ClaimsOf(Report())));

        Assert.Contains("disk on fire", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task A_store_cancelled_midway_leaves_nothing_half_written_and_the_ledger_goes_on()
    {
        await (await OpenAsync()).DisposeAsync();
        await Database.ExecuteAsync("""
            CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(5); RETURN NEW; END $$;
            CREATE TRIGGER slow_reports AFTER INSERT ON reports FOR EACH ROW EXECUTE FUNCTION slow();
            """);
        await using var ledger = await OpenAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.StoreAsync(Report(), Some.ClaimsOf(Report()), cancellation.Token));

        Assert.Equal(new LedgerCounts(0, 0, 0, 0), await ledger.CountAsync());
        await Database.ExecuteAsync("DROP TRIGGER slow_reports ON reports");
        Assert.Equal(StoreOutcome.New, await ledger.StoreAsync(Report(), Some.ClaimsOf(Report())));
        Assert.Equal(new LedgerCounts(1, 2, 2, 2), await ledger.CountAsync());
    }

    [LedgerFact]
    public async Task Each_claim_has_one_search_document_of_its_text_mentions_and_sources_with_accents_folded()
    {
        var text = "A blogger in Kyïv wrote, citing the channel Rybar, that trees in Losiny Óstrov were cut down.";
        var report = Some.Report(text, (id, t) =>
        [
            Some.Mention(id, t, "A blogger in Kyïv", "wrote", "trees in Losiny Óstrov were cut down", SourceKind.Person) with
            {
                Relay = [new RelayLink("Rybar", SourceKind.Channel, "citing", Some.SpanOf(t, "Rybar"))],
            },
        ]);
        await using (var ledger = await OpenAsync())
        {
            await ledger.StoreAsync(report, [Some.Claim("Trees were felled", report.Mentions[0])]);
        }

        var lexemes = (await Database.QueryAsync("SELECT word FROM ts_stat('SELECT search FROM claims')")).Select(r => (string)r[0]!).ToHashSet();

        Assert.Superset(new HashSet<string> { "felled", "ostrov", "kyiv", "rybar", "blogger" }, lexemes);
        Assert.Single(await Database.QueryAsync("SELECT 1 FROM pg_indexes WHERE indexname = 'claims_search' AND indexdef LIKE '%USING gin (search)%'"));
    }

    [LedgerFact]
    public async Task Search_can_use_the_gin_index()
    {
        await using var ledger = await OpenAsync();
        await ledger.StoreAsync(Report(), Some.ClaimsOf(Report()));

        await using var connection = await Database.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN SELECT id FROM claims WHERE search @@ to_tsquery('claimtrail', '''reservoir''')", connection);
        var plan = string.Join('\n', await ReadAllAsync(explain));

        Assert.Contains("claims_search", plan, StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task Sources_are_found_by_a_misspelt_name()
    {
        var text = "The channel Moscow calling said that a convoy crossed the river.";
        var report = Some.Report(text, (id, t) => [Some.Mention(id, t, "The channel Moscow calling", "said", "a convoy crossed the river", SourceKind.Channel)]);
        await using var ledger = await OpenAsync();
        await ledger.StoreAsync(report, Some.ClaimsOf(report));
        await ledger.StoreAsync(Report(), Some.ClaimsOf(Report()));

        var found = await ledger.FindSourcesAsync("moskow caling");

        var best = Assert.Single(found);
        Assert.Equal(("The channel Moscow calling", SourceKind.Channel), (best.Name, best.Kind));
    }

    [LedgerFact]
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
        await using (var ledger = await OpenAsync())
        {
            await ledger.StoreAsync(report, Some.ClaimsOf(report));
        }

        var row = (await Database.QueryAsync("""
            SELECT m.stance, m.evidence -> 0 ->> 'kind', (m.evidence -> 0 -> 'span' ->> 1)::integer,
                   m.places -> 0 ->> 'name', m.hedges ->> 0, (m.fragments -> 0 ->> 0)::integer, s.kind
              FROM mentions m JOIN sources s ON s.id = m.speaker_source_id
            """)).Single();

        var evidence = Some.SpanOf(text, "two videos");
        Assert.Equal(new object?[] { "no_comment", "video", evidence.End, "Harbour Street", "citing", text.IndexOf("a crane", StringComparison.Ordinal), "collective" }, row);
    }

    private static async Task<List<string>> ReadAllAsync(NpgsqlCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private Task<PostgresLedger> OpenAsync(bool create = true) =>
        PostgresLedger.OpenAsync(Database.ConnectionString, new PostgresLedgerOptions { CreateIfMissing = create });

    private static Report Report() => Some.Report(Text, (id, t) =>
    [
        Some.Mention(id, t, "The water board", "said on Tuesday", "the reservoir was full"),
        Some.Mention(id, t, "Farmers", "complained", "the canal had been dry for weeks", SourceKind.Collective),
    ]);
}
