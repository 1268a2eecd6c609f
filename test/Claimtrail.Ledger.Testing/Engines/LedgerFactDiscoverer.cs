using Xunit.Abstractions;
using Xunit.Sdk;

namespace Claimtrail.Ledger.Testing.Engines;

/// <summary>Discovers <see cref="LedgerFactAttribute"/> tests: as facts, or as one skipped case with the reason.</summary>
public sealed class LedgerFactDiscoverer : FactDiscoverer
{
    /// <summary>Created by xunit.</summary>
    public LedgerFactDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var reason = EngineRequirement.SkipReason(testMethod.TestClass.Class);
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
