using Xunit.Abstractions;

namespace Claimtrail.Ledger.Testing.Engines;

/// <summary>Decides, at discovery, whether a test class's engine is available here.</summary>
internal static class EngineRequirement
{
    /// <summary>Why the tests of <paramref name="testClass"/> are skipped, or null when they run.</summary>
    public static string? SkipReason(ITypeInfo testClass)
    {
        var requirement = testClass.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is null)
        {
            return null;
        }

        var variable = (string)requirement.GetConstructorArguments().First();
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
        {
            return null;
        }

        // Under CI a missing server is a failure, not a skip: the test runs and says what is missing.
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"{variable} is not set: set it to a connection string of a server the tests may create and drop databases on (.ci/run starts one)"
            : null;
    }
}
