namespace Claimtrail.Tests.Support;

/// <summary>A fact that needs a file or folder under <c>../shared</c>; skipped, with the reason, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test unless <paramref name="relativePath"/> exists under the shared folder.</summary>
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedData.SkipReason(relativePath);
    }

    /// <summary>The path the test needs, relative to the shared folder.</summary>
    public string RelativePath { get; }
}
