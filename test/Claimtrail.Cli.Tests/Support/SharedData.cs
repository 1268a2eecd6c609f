namespace Claimtrail.Cli.Tests.Support;

/// <summary>
/// Finds <c>../shared</c> beside the repository (licence-restricted data that is read in place, never copied),
/// and the built <c>claimtrail</c> command.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the folder above the test binaries that holds Claimtrail.slnx.</summary>
    public static string? RepositoryRoot { get; } = FindRoot();

    /// <summary>The canonical example report, or null when ../shared is not there.</summary>
    public static string? SeedReport =>
        RepositoryRoot is { } root && Path.GetFullPath(Path.Combine(root, "..", "shared", "seed", "moscow-air-defence-report.txt")) is var path && File.Exists(path)
            ? path
            : null;

    /// <summary>The built command's assembly, copied beside the tests through the project reference.</summary>
    public static string Command => Path.Combine(AppContext.BaseDirectory, "claimtrail.dll");

    private static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Claimtrail.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
