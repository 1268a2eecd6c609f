using Claimtrail.Cli.Tests.Support;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Processes;

/// <summary>Worker processes sharing the PostgreSQL work queue, one of them killed midway.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class WorkerProcessTests : IAsyncLifetime, IDisposable
{
    private const int Items = 1000;

    private readonly TempFolder _folder = new();
    private TestDatabase? _database;

    private TestDatabase Database => _database!;

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
    public async Task Three_workers_one_killed_midway_store_every_item_exactly_once()
    {
        var files = Enumerable.Range(0, Items).Select(n => _folder.File($"notice-{n:0000}.txt", Articles.Numbered(n))).ToArray();
        var enqueue = await CliRun.RunAsync(["enqueue", .. files, "--db", Database.ConnectionString]);
        Assert.Equal([$"claimtrail: enqueue: {Items} read, {Items} queued, 0 failed"], enqueue.ErrorLines);

        var workers = Enumerable.Range(1, 3)
            // Without claim matching: this test is about leases and a killed worker; three workers each matching a
            // thousand claims one by one on two shared cores would not reach a fifth in its time (WorkerCommandTests match).
            .Select(n => CommandProcess.Start(_folder.Path, "worker", "--db", Database.ConnectionString, "--until-empty", "--batch", "5", "--lease", "3", "--name", $"w{n}", "--no-match"))
            .ToList();
        try
        {
            // Kill the first worker once a fifth of the work is done, remembering what it held then.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (await ScalarAsync("SELECT count(*) FROM work_items WHERE done_at IS NOT NULL") < Items / 5)
            {
                Assert.True(DateTime.UtcNow < deadline, "the workers did not get a fifth of the way in 3 minutes");
                Assert.False(workers[0].HasExited, "the first worker ended before it could be killed");
                await Task.Delay(50);
            }

            await workers[0].KillAsync();
            var held = (await Database.QueryAsync("SELECT id FROM work_items WHERE leased_by = 'w1' AND done_at IS NULL")).Select(r => (long)r[0]!).ToList();

            var survivors = await Task.WhenAll(workers.Skip(1).Select(w => w.WaitAsync(TimeSpan.FromMinutes(4))));

            Assert.All(survivors, run => Assert.Equal(ExitCodes.Success, run.ExitCode));
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM work_items WHERE done_at IS NULL"));
            Assert.Equal(Items, await ScalarAsync("SELECT count(*) FROM reports"));
            Assert.Equal(Items, await ScalarAsync("SELECT count(DISTINCT source) FROM reports"));
            Assert.Equal(Items, await ScalarAsync("SELECT count(*) FROM claims WHERE text LIKE '%road % would be resurfaced next week'"));
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM work_items WHERE outcome = 'failed'"));
            if (held.Count > 0)
            {
                var takenOver = await Database.QueryAsync($"SELECT leased_by FROM work_items WHERE id IN ({string.Join(',', held)})");
                Assert.All(takenOver, r => Assert.NotEqual("w1", r[0]));
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    [LedgerFact]
    public async Task Three_workers_over_ten_thousand_items_one_killed_midway_store_every_item_exactly_once()
    {
        const int Many = 10_000;

        // Small items, so the run measures the queue and the workers' batching rather than the analysis.
        var files = Enumerable.Range(0, Many).Select(n => _folder.File($"short-{n:00000}.txt", $"The council said that road {n} would reopen.\n")).ToArray();
        var enqueue = await CliRun.RunAsync(["enqueue", .. files, "--db", Database.ConnectionString]);
        Assert.Equal([$"claimtrail: enqueue: {Many} read, {Many} queued, 0 failed"], enqueue.ErrorLines);

        var workers = Enumerable.Range(1, 3)
            .Select(n => CommandProcess.Start(_folder.Path, "worker", "--db", Database.ConnectionString, "--until-empty", "--batch", "100", "--lease", "5", "--name", $"w{n}", "--no-match"))
            .ToList();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (await ScalarAsync("SELECT count(*) FROM work_items WHERE done_at IS NOT NULL") < Many / 5)
            {
                Assert.True(DateTime.UtcNow < deadline, "the workers did not get a fifth of the way in 5 minutes");
                Assert.False(workers[0].HasExited, "the first worker ended before it could be killed");
                await Task.Delay(50);
            }

            await workers[0].KillAsync();
            var survivors = await Task.WhenAll(workers.Skip(1).Select(w => w.WaitAsync(TimeSpan.FromMinutes(8))));

            Assert.All(survivors, run => Assert.Equal(ExitCodes.Success, run.ExitCode));
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM work_items WHERE done_at IS NULL OR outcome NOT IN ('new', 'duplicate')"));
            Assert.Equal(Many, await ScalarAsync("SELECT count(*) FROM reports"));

            // Exactly once: every item's document is one report, and no report is there twice.
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM work_items w LEFT JOIN (SELECT source, count(*) AS n FROM reports GROUP BY source) r USING (source) WHERE coalesce(r.n, 0) <> 1"));
            Assert.Equal(Many, await ScalarAsync("SELECT count(DISTINCT source) FROM reports"));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    private async Task<long> ScalarAsync(string sql) => (long)(await Database.QueryAsync(sql)).Single()[0]!;
}
