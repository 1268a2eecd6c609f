namespace Claimtrail.Cli;

/// <summary>Entry point of the claimtrail command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static Task<int> Main(string[] args) => Task.FromResult(args.Length == 0 ? 2 : 0);
}
