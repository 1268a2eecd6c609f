using Claimtrail.Ledger.Testing;
using Claimtrail.Tests.Support;

namespace Claimtrail.Ledger.Sqlite.Tests;

/// <summary>The engine-neutral ledger contract, on a real SQLite file in a fresh temp folder per test.</summary>
public sealed class SqliteLedgerContractTests : LedgerContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override async Task<ILedger> OpenLedgerAsync(TimeProvider clock) =>
        await SqliteLedger.OpenAsync(_folder.PathOf("ledger.db"), new SqliteLedgerOptions { Clock = clock });
}
