using System.CommandLine;

namespace Claimtrail.Cli.Commands;

/// <summary>The <c>--allow-private</c> option of the commands that fetch URLs.</summary>
public static class AllowPrivateOption
{
    /// <summary>A new <c>--allow-private</c> option.</summary>
    public static Option<bool> Create() => new("--allow-private")
    {
        Description = "Let URLs reach loopback, private, link-local and cloud-metadata addresses (refused by default, after DNS resolution and on every redirect).",
    };
}
