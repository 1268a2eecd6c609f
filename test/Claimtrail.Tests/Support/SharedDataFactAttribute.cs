namespace Claimtrail.Tests.Support;

/// <summary>A fact that needs files from the shared data folder, and is skipped, saying which, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] files)
    {
        var missing = files.Where(f => SharedData.PathOf(f) is null).ToList();
        if (missing.Count > 0)
        {
            Skip = $"needs ../shared/{string.Join(", ../shared/", missing)} (read-only data beside the checkout), which is absent";
        }
    }
}
