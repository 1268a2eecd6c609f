namespace Claimtrail.Cli.Tests.Support;

/// <summary>A fact that needs the seed report from ../shared, skipped with the reason when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SharedData.SeedReport is null)
        {
            Skip = "../shared/seed/moscow-air-defence-report.txt is absent (licence-restricted data lives beside the repository, never in it).";
        }
    }
}
