namespace Claimtrail.Cli;

/// <summary>The command's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Success = 0;

    /// <summary>The run failed, wholly or for some inputs (each reported on stderr).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
