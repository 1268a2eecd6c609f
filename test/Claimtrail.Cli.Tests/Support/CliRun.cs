namespace Claimtrail.Cli.Tests.Support;

/// <summary>What one in-process run of the command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>claimtrail</c> with <paramref name="args"/> in this process, capturing both streams.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(terminal: false, args);

    /// <summary>Runs <c>claimtrail</c> as if standard output were a terminal when <paramref name="terminal"/> is true.</summary>
    public static async Task<CliRun> RunAsync(bool terminal, params string[] args)
    {
        TestIndexFolder.Ensure();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, terminal));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
