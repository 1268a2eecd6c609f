using System.CommandLine;

namespace Claimtrail.Cli;

/// <summary>Entry point of the claimtrail command.</summary>
public static class Program
{
    /// <summary>Runs the command line against the process console.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args, CliContext.FromConsole());

    /// <summary>Runs the command line against <paramref name="context"/>'s writers (tests call this).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = CommandTree.Create(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"claimtrail: {error.Message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'claimtrail --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
