using Xunit.Sdk;

namespace Claimtrail.Ledger.Testing.Engines;

/// <summary>A <see cref="FactAttribute"/> that is skipped when the test class's engine is not available (see <see cref="RequiresEnvironmentAttribute"/>).</summary>
[XunitTestCaseDiscoverer("Claimtrail.Ledger.Testing.Engines.LedgerFactDiscoverer", "Claimtrail.Ledger.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class LedgerFactAttribute : FactAttribute;
