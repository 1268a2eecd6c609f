namespace Claimtrail.Cli.Tests.Support;

/// <summary>
/// Points the claim index of database ledgers (which would otherwise live in the user's local application data) at a
/// folder of this test run, for in-process runs and the processes they start alike, and removes it at exit: the
/// tests create and drop databases by the dozen and must not leave their index files behind.
/// </summary>
internal static class TestIndexFolder
{
    private static readonly Lazy<string> Folder = new(Create);

    /// <summary>Sets the variable once per test run; later calls do nothing.</summary>
    public static void Ensure() => _ = Folder.Value;

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimtrail-test-indexes-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable(Claimtrail.Matching.MatchingSession.IndexFolderVariable, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A process still holding a file: the temporary folder is the system's to clean then.
            }
        };
        return folder;
    }
}
