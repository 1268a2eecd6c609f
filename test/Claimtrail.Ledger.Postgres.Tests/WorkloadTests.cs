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
        // A lease of seconds, so a busy machine cannot let it run out before the second worker's first try.
        var first = Assert.Single(await Work.LeaseAsync("dead", 1, TimeSpan.FromSeconds(2)));
        Assert.Empty(await Work.LeaseAsync("other", 1, TimeSpan.FromMinutes(1)));

        await Task.Delay(TimeSpan.FromSeconds(2.5));
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

    [LedgerFact]
    public async Task A_kept_lease_outlives_its_length_and_a_worker_that_stops_renewing_loses_the_item_when_it_runs_out()
    {
        // Long enough that a renewal delayed by a busy machine (renewals come every third of it) still lands in time.
        var lease = TimeSpan.FromSeconds(3);
        await Work.EnqueueAsync([("slow.txt", "text")]);
        var item = Assert.Single(await Work.LeaseAsync("slow", 1, lease));

        await using (var keeper = LeaseKeeper.Start(Work, "slow", [item.Id], lease))
        {
            // Three leases' worth of time: without renewal the item would have gone to another worker after the first.
            var until = DateTime.UtcNow + (lease * 3);
            while (DateTime.UtcNow < until)
            {
                Assert.Empty(await Work.LeaseAsync("other", 1, TimeSpan.FromMinutes(1)));
                await Task.Delay(100);
            }

            Assert.Equal([item.Id], keeper.Held);
        }

        // The keeper stopped, as when its worker is killed: the item goes to another worker once the lease runs out.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        IReadOnlyList<WorkItem> taken;
        while ((taken = await Work.LeaseAsync("other", 1, TimeSpan.FromMinutes(1))).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the item was not taken over after its lease ran out");
            await Task.Delay(50);
        }

        Assert.Equal(item.Id, Assert.Single(taken).Id);
        Assert.Equal(2, taken[0].Attempts);
        Assert.Empty(await Work.RenewAsync("slow", [item.Id], lease));
        Assert.Empty(await Work.CompleteAllAsync("slow", [(item.Id, WorkOutcome.New, null)]));
    }

    [LedgerFact]
    public async Task A_lease_that_ran_out_is_not_renewed()
    {
        await Work.EnqueueAsync([("a.txt", "text a"), ("b.txt", "text b")]);
        // Leases of seconds, so the renewal lands inside the first one even on a busy machine.
        var items = await Work.LeaseAsync("w", 2, TimeSpan.FromSeconds(2));
        var renewed = await Work.RenewAsync("w", [items[0].Id], TimeSpan.FromMinutes(1));

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal([items[0].Id], renewed);
        Assert.Empty(await Work.RenewAsync("w", [items[1].Id], TimeSpan.FromMinutes(1)));
        Assert.Equal(items[1].Id, Assert.Single(await Work.LeaseAsync("other", 2, TimeSpan.FromMinutes(1))).Id);
    }

    [LedgerFact]
    public async Task Completing_many_items_marks_those_still_held_and_leaves_the_ones_taken_over()
    {
        await Work.EnqueueAsync([("a.txt", "text a"), ("b.txt", "text b"), ("c.txt", "text c")]);
        var items = await Work.LeaseAsync("w", 3, TimeSpan.FromSeconds(2));
        Assert.Equal(2, (await Work.RenewAsync("w", [items[0].Id, items[1].Id], TimeSpan.FromMinutes(1))).Count);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var takenOver = Assert.Single(await Work.LeaseAsync("other", 3, TimeSpan.FromMinutes(1)));

        var done = await Work.CompleteAllAsync("w", [(items[0].Id, WorkOutcome.New, null), (items[1].Id, WorkOutcome.Failed, "bad"), (items[2].Id, WorkOutcome.New, null)]);

        Assert.Equal(items[2].Id, takenOver.Id);
        Assert.Equal(new HashSet<long> { items[0].Id, items[1].Id }, done.ToHashSet());
        Assert.Equal(new QueueCounts(1, 1, 2, 0), await Work.CountAsync());
        var rows = await _database!.QueryAsync($"SELECT outcome, error FROM work_items WHERE id = {items[1].Id}");
        Assert.Equal(["failed", "bad"], rows.Single());
    }

    private static int WorkQueueLimit => Workload.MaxAttempts;
}
