namespace Claimtrail.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: errors, warnings and progress.</param>
/// <param name="IsTerminal">True when standard output is a terminal (tables and colour), false when redirected.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>Standard input, for secrets piped in (a password); null when input is a terminal, to be prompted for.</summary>
    public TextReader? In { get; init; }

    /// <summary>The process's own console.</summary>
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected) { In = Console.IsInputRedirected ? Console.In : null };
}
