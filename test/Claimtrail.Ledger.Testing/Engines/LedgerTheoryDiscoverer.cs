using Xunit.Abstractions;
using Xunit.Sdk;

namespace Claimtrail.Ledger.Testing.Engines;

/// <summary>Discovers <see cref="LedgerTheoryAttribute"/> tests: as theories, or as one skipped case with the reason.</summary>
public sealed class LedgerTheoryDiscoverer : TheoryDiscoverer
{
    /// <summary>Created by xunit.</summary>
    public LedgerTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var reason = EngineRequirement.SkipReason(testMethod.TestClass.Class);
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
