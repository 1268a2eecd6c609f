namespace Claimtrail.Ledger.Testing.Engines;

/// <summary>
/// Marks a test class whose tests need a server named by an environment variable (a PostgreSQL connection
/// string). Its <see cref="LedgerFactAttribute"/> and <see cref="LedgerTheoryAttribute"/> tests are skipped, with
/// the reason, when the variable is unset, except under CI (<c>CI</c> set), where they run and fail: CI must
/// provide the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresEnvironmentAttribute : Attribute
{
    /// <summary>Marks the class as needing <paramref name="variable"/>.</summary>
    public RequiresEnvironmentAttribute(string variable)
    {
        Variable = variable;
    }

    /// <summary>The environment variable.</summary>
    public string Variable { get; }
}
