namespace Claimtrail.Ledger.Postgres.Queue;

/// <summary>
/// Keeps a worker's leases alive while it works on the items: every third of the lease it extends the leases of
/// the items it still holds, so an item that takes longer than one lease is not taken over by another worker. A
/// worker that dies stops renewing, and its items go to others once the last lease it took runs out.
/// </summary>
public sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly Workload _work;
    private readonly string _worker;
    private readonly TimeSpan _lease;
    private readonly HashSet<long> _held;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LeaseKeeper(Workload work, string worker, IEnumerable<long> ids, TimeSpan lease, TimeProvider clock)
    {
        _work = work;
        _worker = worker;
        _lease = lease;
        _held = [.. ids];
        _loop = RenewLoopAsync(clock);
    }

    /// <summary>How many renewals failed (the database could not be reached); the leases run out if it stays so.</summary>
    public int FailedRenewals { get; private set; }

    /// <summary>Starts keeping the leases <paramref name="worker"/> holds on <paramref name="ids"/>, each <paramref name="lease"/> long.</summary>
    public static LeaseKeeper Start(Workload work, string worker, IEnumerable<long> ids, TimeSpan lease, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        return new LeaseKeeper(work, worker, ids, lease, clock ?? TimeProvider.System);
    }

    /// <summary>The ids whose leases are being kept.</summary>
    public IReadOnlyCollection<long> Held
    {
        get
        {
            lock (_held)
            {
                return [.. _held];
            }
        }
    }

    /// <summary>Stops renewing the lease of <paramref name="id"/> (the item is done, or given up).</summary>
    public void Release(long id)
    {
        lock (_held)
        {
            _held.Remove(id);
        }
    }

    /// <summary>Stops renewing; the leases left run out on their own.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the loop was stopped.
        }

        _stop.Dispose();
    }

    private async Task RenewLoopAsync(TimeProvider clock)
    {
        using var timer = new PeriodicTimer(_lease / 3, clock);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            var ids = Held;
            if (ids.Count == 0)
            {
                continue;
            }

            try
            {
                var still = (await _work.RenewAsync(_worker, ids, _lease, _stop.Token).ConfigureAwait(false)).ToHashSet();
                lock (_held)
                {
                    // Items lost meanwhile (the lease ran out before a renewal reached the database) are not kept any more.
                    _held.RemoveWhere(id => ids.Contains(id) && !still.Contains(id));
                }
            }
            catch (LedgerException)
            {
                // A renewal that fails is tried again at the next tick; if the database stays away, the leases run out,
                // which is what they are for.
                FailedRenewals++;
            }
        }
    }
}
