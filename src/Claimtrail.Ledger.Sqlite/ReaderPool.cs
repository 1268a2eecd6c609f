using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>
/// Read-only connections to the ledger file for the calls that only read (the desk's lists and pages), so readers run
/// side by side and never queue behind each other or behind a write: in WAL mode each sees the last committed state.
/// Connections open on first need, up to the pool's size, and are reused.
/// </summary>
internal sealed class ReaderPool : IAsyncDisposable
{
    // Readers map the file rather than copy pages into each connection's cache.
    private const long MmapBytes = 256L * 1024 * 1024;

    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly ConcurrentBag<SqliteConnection> _opened = [];

    public ReaderPool(string path, TimeSpan busyTimeout, int size)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        _busyTimeout = busyTimeout;
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Runs <paramref name="read"/> on a connection of the pool, waiting for one when all are busy.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqliteConnection? connection = null;
        try
        {
            connection = _idle.TryTake(out var idle) ? idle : await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection).ConfigureAwait(false);
        }
        finally
        {
            if (connection is not null)
            {
                _idle.Add(connection);
            }

            _slots.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout = {(long)_busyTimeout.TotalMilliseconds}; PRAGMA mmap_size = {MmapBytes}");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _opened.Add(connection);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _opened)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _slots.Dispose();
    }
}
