namespace Claimtrail.Tests.Support;

/// <summary>
/// Finds the project's read-only shared data (seed report, eval sets, corpus): the folder <c>shared</c>
/// beside one of the folders above the test binaries. Its files are licence-restricted: tests read them
/// in place and never copy them into the repository.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>The full path of <paramref name="relative"/> inside the shared folder, or null when either is absent.</summary>
    public static string? PathOf(string relative)
    {
        if (Folder is null)
        {
            return null;
        }

        var path = Path.Combine(Folder, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seed")))
            {
                return candidate;
            }
        }

        return null;
    }
}
