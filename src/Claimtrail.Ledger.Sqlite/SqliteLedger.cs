using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Claimtrail.Fingerprints;
using Claimtrail.Geo;
using Claimtrail.Ledger.Sqlite.Migrations;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Claimtrail.Reviews;
using Claimtrail.Text;
using Claimtrail.Users;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>
/// The ledger in one SQLite file: WAL journal, foreign keys enforced, FTS5 search over claims.
/// Each report is stored in its own transaction, so a killed ingest leaves whole reports only and a
/// rerun stores the rest (reports already there are recognised by their content hash).
/// </summary>
public sealed class SqliteLedger : ILedger
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    // One connection serves every write (and the reads a write depends on); SQLite connections are not safe for
    // concurrent use. Reads that only serve pages go to the reader pool instead.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ReaderPool _readers;

    // Published times keep the publisher's offset in text, so appearance is compared as Unix time, never as text.
    private static readonly ClaimFilterDialect FilterDialect =
        new("$", "1 = 1", "trim", "unixepoch(coalesce(r.published, r.ingested_at))", time => time.ToUnixTimeSeconds(), IndexedContains: false,
            (expression, parameter) => $"{expression} IN (SELECT value FROM json_each({parameter}))", ids => System.Text.Json.JsonSerializer.Serialize(ids));

    // Reports read per round trip when exporting: memory stays bounded whatever the ledger's size.
    private const int ExportChunk = 200;

    private SqliteLedger(SqliteConnection connection, TimeProvider clock, string path, int schemaVersion, int appliedMigrations, ReaderPool readers)
    {
        _connection = connection;
        _readers = readers;
        _clock = clock;
        Path = path;
        SchemaVersion = schemaVersion;
        AppliedMigrations = appliedMigrations;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open database (always the latest this program knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>How many migrations opening this ledger applied (0 when it was up to date).</summary>
    public int AppliedMigrations { get; }

    /// <summary>The schema version this program writes.</summary>
    public static int LatestSchemaVersion => MigrationSet.Latest;

    /// <summary>Opens (and, unless told otherwise, creates) the ledger at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="LedgerException">The file is missing and may not be created, is not a ledger, or was written by a newer program.</exception>
    public static async Task<SqliteLedger> OpenAsync(string path, SqliteLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SqliteLedgerOptions();
        var full = System.IO.Path.GetFullPath(path);
        if (!options.CreateIfMissing && !File.Exists(full))
        {
            throw new LedgerException($"{path}: no ledger there (create one with 'claimtrail ingest')");
        }

        if (Directory.Exists(full))
        {
            throw new LedgerException($"{path}: is a folder, not a ledger file");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            ForeignKeys = true,

            // Pooling would keep the file open after DisposeAsync; a closed ledger should let go of it.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}"), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);

            // In WAL mode NORMAL loses no committed transaction when the process dies, only (at worst) the last
            // ones on power loss, and never consistency; a rerun of the ingest stores them again.
            await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);

            // 64 MiB of page cache (the default is 2 MiB): a ledger of a million reports has an id index of about
            // 100 MB, and bulk loads insert into it at random places (ids are hashes).
            await ExecuteAsync(connection, "PRAGMA cache_size = -65536", cancellationToken).ConfigureAwait(false);
            var (from, to) = await Migrator.MigrateAsync(connection, options.Clock, cancellationToken).ConfigureAwait(false);
            var readers = new ReaderPool(full, options.BusyTimeout, Math.Max(4, Environment.ProcessorCount * 2));
            return new SqliteLedger(connection, options.Clock, full, to, to - from, readers);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new LedgerException($"{path}: cannot open the ledger: {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<StoreOutcome> StoreAsync(Report report, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(claims);
        new ReportToStore(report, claims).Validate();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // IMMEDIATE takes the write lock up front: the duplicate check and the writes see one state.
            await using var transaction = _connection.BeginTransaction(deferred: false);
            await using var writer = new ReportWriter(_connection, transaction, cancellationToken);
            var now = SqliteValues.Time(LedgerTime.Stamp(_clock.GetUtcNow()));
            var outcome = await WriteAsync(writer, transaction, report, claims, now, cancellationToken).ConfigureAwait(false);

            // A duplicate may have recorded a sighting, so the transaction is committed either way.
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (SqliteException ex)
        {
            throw new LedgerException($"{Path}: cannot store report {report.Id}: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreResult>> StoreBatchAsync(IReadOnlyList<ReportToStore> reports, CancellationToken cancellationToken = default)
    {
        var results = LedgerBatch.Validate(reports);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One IMMEDIATE transaction and one set of prepared statements for the whole batch: the commit (a WAL
            // append and, with synchronous NORMAL, no fsync) and the statement compilation are paid once per batch,
            // not once per report. A killed process leaves whole batches only.
            await using var transaction = _connection.BeginTransaction(deferred: false);
            await using var writer = new ReportWriter(_connection, transaction, cancellationToken);
            var now = SqliteValues.Time(LedgerTime.Stamp(_clock.GetUtcNow()));
            for (var i = 0; i < reports.Count; i++)
            {
                if (results[i] is null)
                {
                    var (report, claims) = reports[i];
                    results[i] = StoreResult.Of(report.Id, await WriteAsync(writer, transaction, report, claims, now, cancellationToken).ConfigureAwait(false));
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return LedgerBatch.Complete(results);
        }
        catch (SqliteException)
        {
            // The transaction was rolled back whole; store the reports one by one so only the bad ones fail.
            results = LedgerBatch.Validate(reports);
        }
        finally
        {
            _gate.Release();
        }

        return await LedgerBatch.StoreOneByOneAsync(this, reports, results, cancellationToken).ConfigureAwait(false);
    }

    // Writes one report inside the writer's transaction; a report already stored (by an earlier report of the same
    // transaction too) is left as it is, and this appearance of its words is kept as a sighting.
    private async Task<StoreOutcome> WriteAsync(ReportWriter writer, SqliteTransaction transaction, Report report, IReadOnlyList<Claim> claims, string now, CancellationToken cancellationToken)
    {
        if (!writer.InsertReport(report, now))
        {
            // The same words from another channel or at another time.
            await new ProvenanceStore(_connection, transaction, cancellationToken).RecordSightingAsync(ReportSighting.Of(report, _clock.GetUtcNow())).ConfigureAwait(false);
            return StoreOutcome.Duplicate;
        }

        if (report.Post is { } post)
        {
            writer.InsertMedia(report.Id, post);
        }

        for (var i = 0; i < report.Mentions.Count; i++)
        {
            await writer.InsertMentionAsync(report.Id, i, report.Mentions[i]).ConfigureAwait(false);
        }

        foreach (var claim in claims)
        {
            await writer.LinkClaimAsync(claim, now).ConfigureAwait(false);
        }

        if (claims.Count > 0)
        {
            await new ProvenanceStore(_connection, transaction, cancellationToken).UpdateOriginCountsAsync(claims.Select(c => c.Id)).ConfigureAwait(false);
        }

        return StoreOutcome.New;
    }

    /// <inheritdoc />
    public async Task<bool> ContainsReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        return await GatedAsync(
            $"look up report {reportId}",
            async () =>
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = "SELECT 1 FROM reports WHERE id = $id";
                command.Parameters.AddWithValue("$id", reportId);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ClaimPage> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default)
    {
        var (claims, total) = await ListAsync(query, page: true, count: true, cancellationToken).ConfigureAwait(false);
        return new ClaimPage(claims, total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimSummary>> ListClaimPageAsync(ClaimQuery query, CancellationToken cancellationToken = default) =>
        (await ListAsync(query, page: true, count: false, cancellationToken).ConfigureAwait(false)).Claims;

    /// <inheritdoc />
    public async Task<int> CountClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default) =>
        (await ListAsync(query, page: false, count: true, cancellationToken).ConfigureAwait(false)).Total;

    // The page of claims the query asks for and how many match in all, each only when asked for: counting every match
    // costs more than the page on a large ledger.
    private async Task<(List<ClaimSummary> Claims, int Total)> ListAsync(ClaimQuery query, bool page, bool count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FullTextQuery(query.Terms);
        if (query.Terms.Count > 0 && match is null)
        {
            return ([], 0);
        }

        return await PooledAsync(
            "list claims",
            async connection =>
            {
                // The page and the total come from one snapshot, though another process may be ingesting.
                await using var transaction = connection.BeginTransaction(deferred: true);
                var parameters = new List<(string Name, object Value)>();
                var from = match is null
                    ? " FROM claims c WHERE 1 = 1"
                    : " FROM claim_search JOIN claims c ON c.seq = claim_search.rowid WHERE claim_search MATCH $match";
                if (query.Status is { } status)
                {
                    from += " AND c.status = $status";
                    parameters.Add(("$status", SqliteValues.Name(status)));
                }

                if (match is not null)
                {
                    parameters.Add(("$match", match));
                }

                from += ClaimFilterSql.Conditions(query, FilterDialect, (name, value) => parameters.Add(("$" + name, value)));
                SqliteCommand Command(string sql)
                {
                    var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    foreach (var (name, value) in parameters)
                    {
                        command.Parameters.AddWithValue(name, value);
                    }

                    return command;
                }

                var claims = new List<ClaimSummary>();
                if (page)
                {
                    var order = query.Sort switch
                    {
                        ClaimSort.MostReports => " ORDER BY c.report_count DESC, c.seq DESC",
                        ClaimSort.MostOrigins => " ORDER BY c.origin_count DESC, c.report_count DESC, c.seq DESC",
                        ClaimSort.CheckWorthy => " ORDER BY c.check_worthiness IS NULL, c.check_worthiness DESC, c.seq DESC",
                        _ when match is not null => " ORDER BY claim_search.rank, c.seq DESC",
                        _ => " ORDER BY c.seq DESC",
                    };
                    await using var list = Command("""
                        SELECT c.id, c.text, c.status, c.created,
                               c.mention_count, c.report_count, c.origin_count, c.check_worthiness
                        """ + from + order + " LIMIT $limit OFFSET $offset");
                    list.Parameters.AddWithValue("$limit", query.Limit);
                    list.Parameters.AddWithValue("$offset", query.Offset);
                    await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        claims.Add(new ClaimSummary(
                            reader.GetString(0),
                            reader.GetString(1),
                            SqliteValues.ParseName<ClaimStatus>(reader.GetString(2)),
                            reader.GetInt32(4),
                            reader.GetInt32(5),
                            SqliteValues.ParseTime(reader.GetString(3)))
                        {
                            OriginCount = reader.GetInt32(6),
                            CheckWorthiness = reader.IsDBNull(7) ? null : reader.GetDouble(7),
                        });
                    }
                }

                var total = 0;
                if (count)
                {
                    await using var counting = Command("SELECT count(*)" + from);
                    total = Convert.ToInt32(await counting.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (claims, total);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ClaimDetail?> GetClaimAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await PooledAsync(
            $"read claim {id}",
            async connection =>
            {
                // One snapshot for the claim, its mentions and its reports, though another process may be ingesting.
                await using var transaction = connection.BeginTransaction(deferred: true);
                var reader = new ClaimReader(connection, transaction, cancellationToken);
                var detail = await reader.ReadAsync(id).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return detail;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredReport?> GetReportAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await PooledAsync(
            $"read report {id}",
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT id, source, title, language, published, publisher, ingested_at, url, forwarded_from, text FROM reports WHERE id = $id";
                command.Parameters.AddWithValue("$id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new StoredReport(ClaimReader.ReadReportSummary(reader), reader.GetString(9));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetReportTextsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return await PooledAsync(
            $"read the texts of {ids.Count} reports",
            async connection =>
            {
                // The ids as one JSON array: one statement, whatever their number, within SQLite's parameter limit.
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT id, text FROM reports WHERE id IN (SELECT value FROM json_each($ids))";
                command.Parameters.AddWithValue("$ids", SqliteValues.Json(ids));
                var texts = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    texts[reader.GetString(0)] = reader.GetString(1);
                }

                return texts;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SourceDetail?> GetSourceAsync(SourceKind kind, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await PooledAsync(
            $"read source {key}",
            async connection =>
            {
                await using var transaction = connection.BeginTransaction(deferred: true);
                var detail = await new SourceReader(connection, transaction, cancellationToken).ReadAsync(kind, key).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return detail;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ReviewResult> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors.Values), nameof(request));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // IMMEDIATE: the version check, the status change and the log append see and leave one state,
            // even with another process reviewing at the same time.
            await using var transaction = _connection.BeginTransaction(deferred: false);
            var reviews = new ReviewWriter(_connection, transaction, cancellationToken);
            var current = await reviews.ReadClaimAsync(request.ClaimId).ConfigureAwait(false);
            if (current is not { } claim)
            {
                return ReviewResult.NotFound;
            }

            if (claim.Version != request.ExpectedVersion)
            {
                var latest = await reviews.LatestReviewAsync(request.ClaimId).ConfigureAwait(false);
                return new ReviewResult(ReviewOutcome.Conflict, latest, claim.Status, claim.Version);
            }

            var version = claim.Version + 1;
            var payload = ReviewPayload.Write(request.Status, claim.Status, request.Rationale.Trim(), request.Evidence, version);
            var entry = await reviews.AppendAsync(LedgerTime.Stamp(_clock.GetUtcNow()), request.Reviewer.Trim(), ReviewPayload.Action, request.ClaimId, payload).ConfigureAwait(false);
            await reviews.SetStatusAsync(request.ClaimId, request.Status, claim.Version).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ReviewResult(ReviewOutcome.Applied, ReviewPayload.Read(entry), request.Status, version);
        }
        catch (SqliteException ex)
        {
            throw new LedgerException($"{Path}: cannot review claim {request.ClaimId}: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAuditLogAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Pages of entries, each read under the gate, so a long log streams in bounded memory without
        // holding the connection while the caller works.
        const int PageSize = 1000;
        long after = long.MinValue;
        while (true)
        {
            var page = new List<AuditEntry>(PageSize);
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = "SELECT " + ClaimReader.AuditColumns + " FROM audit_log WHERE seq > $after ORDER BY seq LIMIT $limit";
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$limit", PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(ClaimReader.ReadAuditEntry(reader));
                }
            }
            catch (SqliteException ex)
            {
                throw new LedgerException($"{Path}: cannot read the audit log: {ex.Message}", ex);
            }
            finally
            {
                _gate.Release();
            }

            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    /// <inheritdoc />
    public Task<AuditHead> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        GatedAsync("read the audit head", () => new ReviewWriter(_connection, null, cancellationToken).ReadHeadAsync(), cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddUserAsync(DeskUser user, CancellationToken cancellationToken = default) =>
        GatedAsync($"add user {user.Name}", () => new UserStore(_connection, _clock, cancellationToken).AddAsync(user), cancellationToken);

    /// <inheritdoc />
    public Task<DeskUser?> GetUserAsync(string name, CancellationToken cancellationToken = default) =>
        PooledAsync($"read user {name}", connection => new UserStore(connection, _clock, cancellationToken).GetAsync(name), cancellationToken);

    /// <inheritdoc />
    public Task AddApiTokenAsync(string userName, string tokenHash, string label, CancellationToken cancellationToken = default) =>
        GatedAsync(
            $"add a token for {userName}",
            async () =>
            {
                await new UserStore(_connection, _clock, cancellationToken).AddTokenAsync(userName, tokenHash, label).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<DeskUser?> FindApiTokenUserAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        PooledAsync("look up a token", connection => new UserStore(connection, _clock, cancellationToken).FindByTokenAsync(tokenHash), cancellationToken);

    /// <inheritdoc />
    public Task<FeedCheckpoint?> GetFeedCheckpointAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return GatedAsync($"read the watch state of {url}", () => new FeedCheckpointStore(_connection, cancellationToken).GetAsync(url), cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveFeedCheckpointAsync(FeedCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrEmpty(checkpoint.Url);
        return GatedAsync($"save the watch state of {checkpoint.Url}", async () =>
        {
            await new FeedCheckpointStore(_connection, cancellationToken).SaveAsync(checkpoint).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<FeedCheckpoint> ListFeedCheckpointsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var checkpoints = await GatedAsync("list the watch state of feeds", () => new FeedCheckpointStore(_connection, cancellationToken).ListAsync(), cancellationToken).ConfigureAwait(false);
        foreach (var checkpoint in checkpoints)
        {
            yield return checkpoint;
        }
    }

    // Runs one call on the connection under the gate; a storage error becomes a LedgerException saying what failed.
    // A read on a connection of the read-only pool, beside the writing connection and its gate.
    private async Task<T> PooledAsync<T>(string what, Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await _readers.ReadAsync(read, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new LedgerException($"{Path}: cannot {what}: {ex.Message}", ex);
        }
    }

    private async Task<T> GatedAsync<T>(string what, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new LedgerException($"{Path}: cannot {what}: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DeskUser> ListUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var users = await GatedAsync("list users", () => new UserStore(_connection, _clock, cancellationToken).ListAsync(), cancellationToken).ConfigureAwait(false);
        foreach (var user in users)
        {
            yield return user;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredApiToken> ListApiTokensAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var tokens = await GatedAsync("list API tokens", () => new UserStore(_connection, _clock, cancellationToken).ListTokensAsync(), cancellationToken).ConfigureAwait(false);
        foreach (var token in tokens)
        {
            yield return token;
        }
    }

    /// <inheritdoc />
    public async Task<bool> AddDeskPlaceAsync(DeskPlace place, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(place);
        DeskPlaceValidation.ThrowIfInvalid(place);
        return await GatedAsync($"add place {place.Name}", () => new DeskPlaceStore(_connection, cancellationToken).AddAsync(place), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DeskPlace> ListDeskPlacesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var places = await GatedAsync("list desk places", () => new DeskPlaceStore(_connection, cancellationToken).ListAsync(), cancellationToken).ConfigureAwait(false);

        foreach (var place in places)
        {
            yield return place;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingPlace>> ListPendingPlacesAsync(CancellationToken cancellationToken = default)
    {
        return await GatedAsync("list pending places", () => new DeskPlaceStore(_connection, cancellationToken).ListPendingAsync(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RestoreAuditLogAsync(IReadOnlyList<AuditEntry> entries, AuditHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        await GatedAsync(
            "restore the audit log",
            async () =>
            {
                await using var transaction = _connection.BeginTransaction(deferred: false);
                await new ReviewWriter(_connection, transaction, cancellationToken).RestoreAsync(entries, head).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> RecordSightingAsync(ReportSighting sighting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        return WriteAsync($"record a sighting of report {sighting.ReportId}", async store =>
            await store.RecordSightingAsync(sighting).ConfigureAwait(false)
                ?? throw new LedgerException($"{Path}: cannot record a sighting of report {sighting.ReportId}: no such report"), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReportSighting> ListSightingsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = _connection.BeginTransaction(deferred: true);
            await foreach (var sighting in new ProvenanceStore(_connection, transaction, cancellationToken).ReadSightingsAsync(null).ConfigureAwait(false))
            {
                yield return sighting;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<ClaimProvenance?> GetProvenanceAsync(string claimId, CancellationToken cancellationToken = default) =>
        (await GetClaimWithProvenanceAsync(claimId, cancellationToken).ConfigureAwait(false))?.Provenance;

    /// <inheritdoc />
    public async Task<ClaimWithProvenance?> GetClaimWithProvenanceAsync(string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        return await PooledAsync(
            $"read the provenance of claim {claimId}",
            async connection =>
            {
                // One snapshot for the claim and its appearances, though another process may be ingesting.
                await using var transaction = connection.BeginTransaction(deferred: true);
                var read = await new ProvenanceStore(connection, transaction, cancellationToken).ReadProvenanceAsync(claimId).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return read;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> AddClaimEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings, CancellationToken cancellationToken = default)
    {
        ClaimEmbedding.Validate(embeddings);
        return WriteAsync("store claim embeddings", store => store.AddEmbeddingsAsync(embeddings), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredClaimEmbedding> ReadClaimEmbeddingsAsync(string? model, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = _connection.BeginTransaction(deferred: true);
            await foreach (var embedding in new ProvenanceStore(_connection, transaction, cancellationToken).ReadEmbeddingsAsync(model, afterSequence).ConfigureAwait(false))
            {
                yield return embedding;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public Task<EmbeddingWatermark> GetEmbeddingWatermarkAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ReadAsync("read the embedding watermark", store => store.ReadWatermarkAsync(model), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> StoreMediaAsync(MediaRecord media, MediaSighting sighting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(sighting);
        if (!string.Equals(media.Sha256, sighting.Sha256, StringComparison.Ordinal))
        {
            throw new ArgumentException("the appearance is of another file", nameof(sighting));
        }

        return await GatedAsync($"store media {media.Sha256}", () => new MediaStore(_connection, cancellationToken).StoreAsync(media, sighting), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<MediaDetail?> GetMediaAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return await GatedAsync($"read media {sha256}", () => new MediaStore(_connection, cancellationToken).GetAsync(sha256), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MediaRecord> ListMediaFingerprintsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var media = await GatedAsync("list media", () => new MediaStore(_connection, cancellationToken).ListFingerprintsAsync(), cancellationToken).ConfigureAwait(false);

        foreach (var record in media)
        {
            yield return record;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MediaDetail> ListMediaAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var media = await GatedAsync("list media", () => new MediaStore(_connection, cancellationToken).ListAsync(), cancellationToken).ConfigureAwait(false);

        foreach (var detail in media)
        {
            yield return detail;
        }
    }

    /// <inheritdoc />
    public async Task<LedgerCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        return await PooledAsync(
            "count",
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM sources),
                           (SELECT count(*) FROM mentions), (SELECT count(*) FROM claims)
                    """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new LedgerCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Holds the connection for the whole export: one snapshot, and other calls on this instance wait.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = _connection.BeginTransaction(deferred: true);
            var exporter = new LedgerExporter(_connection, transaction, cancellationToken);
            var after = 0L;
            while (true)
            {
                List<LedgerEntry> entries;
                try
                {
                    (entries, after) = await exporter.ReadChunkAsync(after, ExportChunk).ConfigureAwait(false);
                }
                catch (SqliteException ex)
                {
                    throw new LedgerException($"{Path}: cannot export: {ex.Message}", ex);
                }

                if (entries.Count == 0)
                {
                    break;
                }

                foreach (var entry in entries)
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _readers.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>
    /// The FTS5 expression for search words: each word a quoted phrase (so "Pantsir-S1" or a stray quote
    /// is text, not syntax), all required; a trailing <c>*</c> asks for a prefix. Null when no word has
    /// a letter or digit to search for.
    /// </summary>
    internal static string? FullTextQuery(IReadOnlyList<string> terms)
    {
        var phrases = new List<string>();
        foreach (var term in terms)
        {
            var prefix = term.Length > 1 && term[^1] == '*';
            var word = prefix ? term[..^1] : term;
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var phrase = new StringBuilder().Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefix)
            {
                phrase.Append('*');
            }

            phrases.Add(phrase.ToString());
        }

        return phrases.Count == 0 ? null : string.Join(" AND ", phrases);
    }

    private Task<T> ReadAsync<T>(string what, Func<ProvenanceStore, Task<T>> read, CancellationToken cancellationToken) =>
        ProvenanceAsync(what, deferred: true, read, cancellationToken);

    private Task<T> WriteAsync<T>(string what, Func<ProvenanceStore, Task<T>> write, CancellationToken cancellationToken) =>
        ProvenanceAsync(what, deferred: false, write, cancellationToken);

    // One transaction on the writing connection, under the gate: deferred for a read, taking the write lock at once for a write.
    private Task<T> ProvenanceAsync<T>(string what, bool deferred, Func<ProvenanceStore, Task<T>> work, CancellationToken cancellationToken) =>
        GatedAsync(
            what,
            async () =>
            {
                await using var transaction = _connection.BeginTransaction(deferred);
                var result = await work(new ProvenanceStore(_connection, transaction, cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            },
            cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
