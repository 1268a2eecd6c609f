using Claimtrail.Ledger.Postgres.Tests.Support;
using Claimtrail.Ledger.Testing;
using Claimtrail.Ledger.Testing.Engines;

namespace Claimtrail.Ledger.Postgres.Tests;

/// <summary>The engine-neutral ledger contract, on a real PostgreSQL server in a fresh database per test.</summary>
[RequiresEnvironment(TestDatabase.Variable)]
public sealed class PostgresLedgerContractTests : LedgerContractTests, IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<ILedger> OpenLedgerAsync(TimeProvider clock) =>
        await PostgresLedger.OpenAsync(_database!.ConnectionString, new PostgresLedgerOptions { Clock = clock });
}
