using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Claimtrail.Fingerprints;
using Claimtrail.Geo;
using Claimtrail.Ledger.Postgres.Migrations;
using Claimtrail.Ledger.Postgres.Queue;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Claimtrail.Reviews;
using Claimtrail.Users;
using Npgsql;

namespace Claimtrail.Ledger.Postgres;

/// <summary>
/// The ledger in a PostgreSQL database, for a desk with several people, web and worker processes. Each report
/// is stored in its own transaction; its content hash is the primary key, so two processes storing the same
/// report store it once. Search runs on a tsvector per claim with a GIN index.
/// </summary>
public sealed class PostgresLedger : ILedger
{
    // Deadlock and serialization failure: the transaction was rolled back whole and may simply be run again.
    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";
    private const int StoreAttempts = 5;

    // Reports read per round trip when exporting: memory stays bounded whatever the ledger's size.
    private const int ExportChunk = 200;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresLedger(NpgsqlDataSource dataSource, TimeProvider clock, string target, int schemaVersion, int appliedMigrations)
    {
        _dataSource = dataSource;
        _clock = clock;
        Target = target;
        SchemaVersion = schemaVersion;
        AppliedMigrations = appliedMigrations;
        Work = new Workload(dataSource, target);
    }

    /// <summary>The database, for messages: host, port and database name, never the password.</summary>
    public string Target { get; }

    /// <summary>The schema version of the open database (always the latest this program knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>How many migrations opening this ledger applied (0 when it was up to date).</summary>
    public int AppliedMigrations { get; }

    /// <summary>The work queue that worker processes share through this database.</summary>
    public Workload Work { get; }

    /// <summary>The schema version this program writes.</summary>
    public static int LatestSchemaVersion => MigrationSet.Latest;

    /// <summary>
    /// Opens the ledger in the database <paramref name="connectionString"/> names and brings its schema up to date
    /// (in one transaction, under an advisory lock, so concurrent openers do not race).
    /// </summary>
    /// <exception cref="LedgerException">The server cannot be reached, the database holds no ledger and may not be given one, or was written by a newer program.</exception>
    public static async Task<PostgresLedger> OpenAsync(string connectionString, PostgresLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new PostgresLedgerOptions();
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new LedgerException($"not a PostgreSQL connection string: {ex.Message}", ex);
        }

        var target = Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var (from, to) = await Migrator.MigrateAsync(connection, options.Clock, options.CreateIfMissing, target, cancellationToken).ConfigureAwait(false);
            return new PostgresLedger(dataSource, options.Clock, target, to, to - from);
        }
        catch (NpgsqlException ex)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw new LedgerException($"{target}: cannot open the ledger: {ex.Message}", ex);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>How a connection string is shown in messages: <c>postgresql://user@host:port/database</c>, without its password.</summary>
    public static string Describe(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        try
        {
            return Describe(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException)
        {
            return "postgresql://(unreadable connection string)";
        }
    }

    /// <inheritdoc />
    public async Task<StoreOutcome> StoreAsync(Report report, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(claims);
        new ReportToStore(report, claims).Validate();
        cancellationToken.ThrowIfCancellationRequested();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreOnceAsync(report, claims, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState is DeadlockDetected or SerializationFailure && attempt < StoreAttempts)
            {
                // Rolled back whole by the server: nothing of this attempt is kept.
            }
            catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
            {
                throw new LedgerException($"{Target}: cannot store report {report.Id}: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreResult>> StoreBatchAsync(IReadOnlyList<ReportToStore> reports, CancellationToken cancellationToken = default)
    {
        var results = LedgerBatch.Validate(reports);
        cancellationToken.ThrowIfCancellationRequested();

        // A report given twice is stored once: the first is the one written, the later ones are duplicates.
        var distinct = new List<ReportToStore>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            if (results[i] is null && !first.TryAdd(reports[i].Report.Id, i))
            {
                results[i] = StoreResult.Of(reports[i].Report.Id, StoreOutcome.Duplicate);
            }
            else if (results[i] is null)
            {
                distinct.Add(reports[i]);
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await StoreBatchOnceAsync(distinct, cancellationToken).ConfigureAwait(false);
                foreach (var (report, _) in distinct)
                {
                    results[first[report.Id]] = StoreResult.Of(report.Id, created.Contains(report.Id) ? StoreOutcome.New : StoreOutcome.Duplicate);
                }

                return LedgerBatch.Complete(results);
            }
            catch (PostgresException ex) when (ex.SqlState is DeadlockDetected or SerializationFailure && attempt < StoreAttempts)
            {
                // Rolled back whole by the server: nothing of this attempt is kept.
            }
            catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
            {
                // The batch was rolled back whole; store its reports one by one so that only the bad ones fail.
                return await LedgerBatch.StoreOneByOneAsync(this, reports, results, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> ContainsReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1 FROM reports WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", reportId);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot look up report {reportId}: {ex.Message}", ex);
        }
    }

    // sources.key has a trigram index (migration 0001), which serves the source filter's containment test.
    private static readonly ClaimFilterDialect FilterDialect =
        new("@", "true", "btrim", "coalesce(r.published, r.ingested_at)", time => time.ToUniversalTime(), IndexedContains: true,
            (expression, parameter) => $"{expression} = ANY({parameter})", ids => ids.ToArray());

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
        var match = FullTextQuery.For(query.Terms);
        if (query.Terms.Count > 0 && match is null)
        {
            return ([], 0);
        }

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // The page and the total come from one snapshot, though other processes may be ingesting.
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var parameters = new List<(string Name, object Value)>();
            var from = match is null
                ? " FROM claims c WHERE true"
                : " FROM claims c, to_tsquery('claimtrail', @match) q WHERE c.search @@ q";
            if (match is not null)
            {
                parameters.Add(("match", match));
            }

            if (query.Status is { } status)
            {
                from += " AND c.status = @status";
                parameters.Add(("status", PostgresValues.Name(status)));
            }

            from += ClaimFilterSql.Conditions(query, FilterDialect, (name, value) => parameters.Add((name, value)));
            NpgsqlCommand Command(string sql)
            {
                var command = new NpgsqlCommand(sql, connection, transaction);
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
                    _ when match is not null => " ORDER BY ts_rank(c.search, q) DESC, c.seq DESC",
                    _ => " ORDER BY c.seq DESC",
                };
                await using var list = Command("""
                    SELECT c.id, c.text, c.status, c.created,
                           c.mention_count, c.report_count, c.origin_count, c.check_worthiness
                    """ + from + order + " LIMIT @limit OFFSET @offset");
                list.Parameters.AddWithValue("limit", query.Limit);
                list.Parameters.AddWithValue("offset", query.Offset);
                await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    claims.Add(new ClaimSummary(
                        reader.GetString(0),
                        reader.GetString(1),
                        PostgresValues.ParseName<ClaimStatus>(reader.GetString(2)),
                        reader.GetInt32(4),
                        reader.GetInt32(5),
                        reader.GetFieldValue<DateTimeOffset>(3))
                    {
                        OriginCount = reader.GetInt32(6),
                        CheckWorthiness = reader.IsDBNull(7) ? null : reader.GetDouble(7),
                    });
                }
            }

            var total = 0;
            if (count)
            {
                await using var counting = Command("SELECT count(*)::integer" + from);
                total = Convert.ToInt32(await counting.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (claims, total);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list claims: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<ClaimDetail?> GetClaimAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // One snapshot for the claim, its mentions and its reports.
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var detail = await new ClaimReader(connection, transaction, cancellationToken).ReadAsync(id).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return detail;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read claim {id}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<StoredReport?> GetReportAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT " + ClaimReader.ReportSummaryColumns + ", r.text FROM reports r WHERE r.id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new StoredReport(ClaimReader.ReadReportSummary(reader), reader.GetString(10));
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read report {id}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetReportTextsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT id, text FROM reports WHERE id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            var texts = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                texts[reader.GetString(0)] = reader.GetString(1);
            }

            return texts;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read the texts of {ids.Count} reports: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<SourceDetail?> GetSourceAsync(SourceKind kind, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // One snapshot for the source and everything it stated or relayed.
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var detail = await new SourceReader(connection, transaction, cancellationToken).ReadAsync(kind, key).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return detail;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read source {key}: {ex.Message}", ex);
        }
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

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // READ COMMITTED with row locks (the audit head, then the claim): reviewers in other processes wait
            // their turn, and each statement after the locks sees what the one before them committed.
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            var reviews = new ReviewWriter(connection, transaction, cancellationToken);
            var current = await reviews.LockClaimAsync(request.ClaimId).ConfigureAwait(false);
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
            var entry = await reviews.AppendAsync(_clock.GetUtcNow(), request.Reviewer.Trim(), ReviewPayload.Action, request.ClaimId, payload).ConfigureAwait(false);
            await reviews.SetStatusAsync(request.ClaimId, request.Status, claim.Version).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ReviewResult(ReviewOutcome.Applied, ReviewPayload.Read(entry), request.Status, version);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot review claim {request.ClaimId}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAuditLogAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Pages of entries, each on a connection taken from the pool and given back, so a long log streams in
        // bounded memory without holding a connection while the caller works.
        const int PageSize = 1000;
        long after = long.MinValue;
        while (true)
        {
            var page = new List<AuditEntry>(PageSize);
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT " + ReviewWriter.AuditColumns + " FROM audit_log WHERE seq > @after ORDER BY seq LIMIT @limit", connection);
                command.Parameters.AddWithValue("after", after);
                command.Parameters.AddWithValue("limit", PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(ReviewWriter.ReadAuditEntry(reader));
                }
            }
            catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
            {
                throw new LedgerException($"{Target}: cannot read the audit log: {ex.Message}", ex);
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
    public async Task<AuditHead> GetAuditHeadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new ReviewWriter(connection, null, cancellationToken).ReadHeadAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read the audit head: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<bool> AddUserAsync(DeskUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new UserStore(connection, _clock, cancellationToken).AddAsync(user).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot add user {user.Name}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<DeskUser?> GetUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new UserStore(connection, _clock, cancellationToken).GetAsync(name).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read user {name}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task AddApiTokenAsync(string userName, string tokenHash, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(tokenHash);
        ArgumentNullException.ThrowIfNull(label);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await new UserStore(connection, _clock, cancellationToken).AddTokenAsync(userName, tokenHash, label).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot add a token for {userName}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<DeskUser?> FindApiTokenUserAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new UserStore(connection, _clock, cancellationToken).FindByTokenAsync(tokenHash).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot look up a token: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public Task<FeedCheckpoint?> GetFeedCheckpointAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return OnConnectionAsync($"read the watch state of {url}", connection => new FeedCheckpointStore(connection, cancellationToken).GetAsync(url), cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveFeedCheckpointAsync(FeedCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrEmpty(checkpoint.Url);
        return OnConnectionAsync($"save the watch state of {checkpoint.Url}", async connection =>
        {
            await new FeedCheckpointStore(connection, cancellationToken).SaveAsync(checkpoint).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<FeedCheckpoint> ListFeedCheckpointsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var checkpoints = await OnConnectionAsync("list the watch state of feeds", connection => new FeedCheckpointStore(connection, cancellationToken).ListAsync(), cancellationToken).ConfigureAwait(false);
        foreach (var checkpoint in checkpoints)
        {
            yield return checkpoint;
        }
    }

    // Runs one call on a pooled connection; a storage error becomes a LedgerException saying what failed.
    private async Task<T> OnConnectionAsync<T>(string what, Func<NpgsqlConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await action(connection).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot {what}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DeskUser> ListUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<DeskUser> users;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            users = await new UserStore(connection, _clock, cancellationToken).ListAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list users: {ex.Message}", ex);
        }

        foreach (var user in users)
        {
            yield return user;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredApiToken> ListApiTokensAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<StoredApiToken> tokens;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            tokens = await new UserStore(connection, _clock, cancellationToken).ListTokensAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list API tokens: {ex.Message}", ex);
        }

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
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new DeskPlaceStore(connection, cancellationToken).AddAsync(place).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot add place {place.Name}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DeskPlace> ListDeskPlacesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<DeskPlace> places;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            places = await new DeskPlaceStore(connection, cancellationToken).ListAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list desk places: {ex.Message}", ex);
        }

        foreach (var place in places)
        {
            yield return place;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingPlace>> ListPendingPlacesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new DeskPlaceStore(connection, cancellationToken).ListPendingAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list pending places: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task RestoreAuditLogAsync(IReadOnlyList<AuditEntry> entries, AuditHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            await new ReviewWriter(connection, transaction, cancellationToken).RestoreAsync(entries, head).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot restore the audit log: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public Task<bool> RecordSightingAsync(ReportSighting sighting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        return InTransactionAsync($"record a sighting of report {sighting.ReportId}", IsolationLevel.ReadCommitted, async store =>
            await store.RecordSightingAsync(sighting).ConfigureAwait(false)
                ?? throw new LedgerException($"{Target}: cannot record a sighting of report {sighting.ReportId}: no such report"), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReportSighting> ListSightingsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Sightings are small rows (no text); an export holds them in memory for the time of this call.
        var sightings = await InTransactionAsync("list sightings", IsolationLevel.RepeatableRead, store => store.ReadSightingsAsync(null), cancellationToken).ConfigureAwait(false);
        foreach (var sighting in sightings)
        {
            yield return sighting;
        }
    }

    /// <inheritdoc />
    public async Task<ClaimProvenance?> GetProvenanceAsync(string claimId, CancellationToken cancellationToken = default) =>
        (await GetClaimWithProvenanceAsync(claimId, cancellationToken).ConfigureAwait(false))?.Provenance;

    /// <inheritdoc />
    public Task<ClaimWithProvenance?> GetClaimWithProvenanceAsync(string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        return InTransactionAsync($"read the provenance of claim {claimId}", IsolationLevel.RepeatableRead, store => store.ReadProvenanceAsync(claimId), cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> AddClaimEmbeddingsAsync(IReadOnlyList<ClaimEmbedding> embeddings, CancellationToken cancellationToken = default)
    {
        ClaimEmbedding.Validate(embeddings);
        return InTransactionAsync("store claim embeddings", IsolationLevel.ReadCommitted, store => store.AddEmbeddingsAsync(embeddings), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredClaimEmbedding> ReadClaimEmbeddingsAsync(string? model, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A page at a time, each its own short transaction: an index build over a million claims holds no snapshot open.
        const int Page = 5000;
        var after = afterSequence;
        while (true)
        {
            var page = await InTransactionAsync("read claim embeddings", IsolationLevel.ReadCommitted, store => store.ReadEmbeddingsAsync(model, after, Page), cancellationToken).ConfigureAwait(false);
            foreach (var embedding in page)
            {
                yield return embedding;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    /// <inheritdoc />
    public Task<EmbeddingWatermark> GetEmbeddingWatermarkAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return InTransactionAsync("read the embedding watermark", IsolationLevel.ReadCommitted, store => store.ReadWatermarkAsync(model), cancellationToken);
    }

    private async Task<T> InTransactionAsync<T>(string what, IsolationLevel isolation, Func<ProvenanceStore, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            var result = await work(new ProvenanceStore(connection, transaction, cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot {what}: {ex.Message}", ex);
        }
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

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new MediaStore(connection, cancellationToken).StoreAsync(media, sighting).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot store media {media.Sha256}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<MediaDetail?> GetMediaAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await new MediaStore(connection, cancellationToken).GetAsync(sha256).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot read media {sha256}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MediaRecord> ListMediaFingerprintsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<MediaRecord> media;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            media = await new MediaStore(connection, cancellationToken).ListFingerprintsAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list media: {ex.Message}", ex);
        }

        foreach (var record in media)
        {
            yield return record;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MediaDetail> ListMediaAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<MediaDetail> media;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            media = await new MediaStore(connection, cancellationToken).ListAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot list media: {ex.Message}", ex);
        }

        foreach (var detail in media)
        {
            yield return detail;
        }
    }

    /// <inheritdoc />
    public async Task<LedgerCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                """
                SELECT (SELECT count(*) FROM reports)::integer, (SELECT count(*) FROM sources)::integer,
                       (SELECT count(*) FROM mentions)::integer, (SELECT count(*) FROM claims)::integer
                """,
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new LedgerCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot count: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Sources whose name is like <paramref name="name"/> by trigram similarity (pg_trgm), best first: a desk
    /// finds "Moscow calling" from "moskow caling".
    /// </summary>
    public async Task<IReadOnlyList<(string Name, SourceKind Kind, double Similarity)>> FindSourcesAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var key = SourceKey.For(name);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                """
                SELECT name, kind, similarity(key, @key)::float8 FROM sources
                 WHERE key % @key
                 ORDER BY similarity(key, @key) DESC, name LIMIT @limit
                """,
                connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("limit", limit);
            var found = new List<(string, SourceKind, double)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add((reader.GetString(0), PostgresValues.ParseName<SourceKind>(reader.GetString(1)), reader.GetDouble(2)));
            }

            return found;
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot search sources: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        NpgsqlConnection connection;
        NpgsqlTransaction transaction;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new LedgerException($"{Target}: cannot export: {ex.Message}", ex);
        }

        await using (connection.ConfigureAwait(false))
        {
            // One snapshot for the whole export, though other processes go on ingesting.
            transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var exporter = new LedgerExporter(connection, transaction, cancellationToken);
                var after = 0L;
                while (true)
                {
                    List<LedgerEntry> entries;
                    try
                    {
                        (entries, after) = await exporter.ReadChunkAsync(after, ExportChunk).ConfigureAwait(false);
                    }
                    catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
                    {
                        throw new LedgerException($"{Target}: cannot export: {ex.Message}", ex);
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
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<StoreOutcome> StoreOnceAsync(Report report, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // READ COMMITTED: each statement sees what other ingests committed before it started, which the
        // writer relies on (it waits for their rows, then reads them).
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var now = LedgerTime.Stamp(_clock.GetUtcNow());
        var store = new ProvenanceStore(connection, transaction, cancellationToken);
        if (!await ReportWriter.InsertReportAsync(connection, transaction, report, now, cancellationToken).ConfigureAwait(false))
        {
            // The same words from another channel or at another time: kept as a sighting of the stored report.
            if (await store.RecordSightingAsync(ReportSighting.Of(report, now)).ConfigureAwait(false) == true)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }

            return StoreOutcome.Duplicate;
        }

        await ReportWriter.InsertContentAsync(connection, transaction, report, claims, now, cancellationToken).ConfigureAwait(false);
        await store.UpdateOriginCountsAsync(claims.Select(c => c.Id)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return StoreOutcome.New;
    }

    private async Task<HashSet<string>> StoreBatchOnceAsync(List<ReportToStore> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var now = LedgerTime.Stamp(_clock.GetUtcNow());
        var created = await BatchWriter.WriteAsync(connection, transaction, reports, now, cancellationToken).ConfigureAwait(false);

        // As StoreAsync does per report: words already stored are a sighting, and new claims' origins are counted.
        var store = new ProvenanceStore(connection, transaction, cancellationToken);
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (report, claims) in reports)
        {
            if (created.Contains(report.Id))
            {
                claimIds.UnionWith(claims.Select(c => c.Id));
            }
            else
            {
                await store.RecordSightingAsync(ReportSighting.Of(report, now)).ConfigureAwait(false);
            }
        }

        await store.UpdateOriginCountsAsync(claimIds).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? string.Empty : builder.Database;
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{user}{builder.Host}:{builder.Port}/{database}");
    }
}
