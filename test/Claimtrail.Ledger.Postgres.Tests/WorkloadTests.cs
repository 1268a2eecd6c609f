using Claimtrail.Ledger.Postgres.Queue;
using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing.Engines;

namespace Claimtrail.Ledger.Postgres.Tests;

/// <summary>The work queue: leases that never overlap, run out, and are taken over.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class WorkloadTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private PostgresLedger? _ledger;

    private Workload Work => _ledger!.Work;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ledger = await PostgresLedger.OpenAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_ledger is not null)
        {
            await _ledger.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [LedgerFact]
    public async Task Concurrent_leases_never_hand_out_one_item_twice()
    {
        await Work.EnqueueAsync(Enumerable.Range(0, 200).Select(i => ($"item-{i}.txt", $"text {i}")));

        var leases = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await Work.LeaseAsync($"w{w}", 7, TimeSpan.FromMinutes(1)) is { Count: > 0 } items)
            {
                mine.AddRange(items.Select(i => i.Id));
            }

            return mine;
        })));

        var all = leases.SelectMany(l => l).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
        Assert.Equal(new QueueCounts(200, 200, 0, 0), await Work.CountAsync());
    }

    [LedgerFact]
    public async Task An_item_whose_lease_ran_out_goes_to_another_worker_and_the_first_cannot_complete_it()
    {
        await Work.EnqueueAsync([("a.txt", "text a")]);
        var first = Assert.Single(await Work.LeaseAsync("dead", 1, TimeSpan.FromMilliseconds(200)));
        Assert.Empty(await Work.LeaseAsync("other", 1, TimeSpan.FromMinutes(1)));

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var second = Assert.Single(await Work.LeaseAsync("other", 1, TimeSpan.FromMinutes(1)));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Attempts);
        Assert.False(await Work.CompleteAsync(first.Id, "dead", WorkOutcome.New));
        Assert.True(await Work.CompleteAsync(second.Id, "other", WorkOutcome.New));
        Assert.Equal(new QueueCounts(0, 0, 1, 0), await Work.CountAsync());
    }

    [LedgerFact]
    public async Task An_item_that_keeps_failing_is_abandoned_after_the_attempt_limit()
    {
        await Work.EnqueueAsync([("poison.txt", "text")]);
        for (var i = 0; i < WorkQueueLimit; i++)
        {
            Assert.Single(await Work.LeaseAsync("w", 1, TimeSpan.FromMilliseconds(1)));
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        Assert.Empty(await Work.LeaseAsync("w", 1, TimeSpan.FromMinutes(1)));
        Assert.Equal(new QueueCounts(0, 0, 0, 1), await Work.CountAsync());
    }

    private static int WorkQueueLimit => Workload.MaxAttempts;
}
