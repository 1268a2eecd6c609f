namespace Claimtrail.Tests.Support;

/// <summary>
/// Finds the licence-restricted data folder that sits beside the repository (<c>../shared</c>), by
/// walking up from the test assembly's folder; it is never copied into the repository.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The <c>shared</c> folder, or null when there is none beside the repository.</summary>
    public static string? Folder => Root.Value;

    /// <summary>The full path of <paramref name="relativePath"/> under the shared folder, or null when it is absent.</summary>
    public static string? Find(string relativePath)
    {
        if (Folder is null)
        {
            return null;
        }

        var path = Path.Combine(Folder, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>Why a test that needs <paramref name="relativePath"/> is skipped, or null when it is there.</summary>
    public static string? SkipReason(string relativePath) =>
        Find(relativePath) is null
            ? $"../shared/{relativePath} is absent: the licence-restricted data sits beside the repository, never in it"
            : null;

    /// <summary>The full path of <paramref name="relativePath"/>; fails the test when absent (use with <see cref="SharedDataFactAttribute"/>).</summary>
    public static string Require(string relativePath) =>
        Find(relativePath) ?? throw new InvalidOperationException($"../shared/{relativePath} is absent");

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "eval")))
            {
                return candidate;
            }
        }

        return null;
    }
}
