using System.CommandLine;
using Claimtrail.Matching;

namespace Claimtrail.Cli.Commands;

/// <summary>The options of the commands that store reports with claim matching (<see cref="MatchingSession"/>).</summary>
public static class MatchingOptions
{
    /// <summary>The <c>--no-match</c> option.</summary>
    public static Option<bool> NoMatchOption() => new("--no-match")
    {
        Description = "Do not match claims against the ledger's claims (only identical wording forms one claim). Faster for bulk loads.",
    };

    /// <summary>The <c>--index-dir</c> option.</summary>
    public static Option<string?> IndexFolderOption() => new("--index-dir")
    {
        Description = $"Folder of the claim index files (default: beside a SQLite ledger; for PostgreSQL ${MatchingSession.IndexFolderVariable}, else the user's local application data).",
    };
}
