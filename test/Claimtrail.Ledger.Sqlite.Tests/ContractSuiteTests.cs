using System.Reflection;
using Claimtrail.Ledger.Testing;
using Claimtrail.Ledger.Testing.Engines;

namespace Claimtrail.Ledger.Sqlite.Tests;

/// <summary>The shared contract suite runs on every engine, and skips, saying why, where an engine is not available.</summary>
public sealed class ContractSuiteTests
{
    [Fact]
    public void Every_contract_test_is_a_ledger_fact_or_theory_so_it_skips_where_its_engine_is_missing()
    {
        // A plain [Fact] or [Theory] in the shared suite would fail, not skip, on a machine without PostgreSQL.
        var plain = typeof(LedgerContractTests)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a is not LedgerFactAttribute and not LedgerTheoryAttribute))
            .Select(m => m.Name)
            .ToList();

        Assert.Empty(plain);
        Assert.Contains(typeof(LedgerContractTests).GetMethods(), m => m.GetCustomAttribute<LedgerFactAttribute>() is not null);
    }
}
