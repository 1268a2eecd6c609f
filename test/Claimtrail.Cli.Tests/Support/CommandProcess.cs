using System.Diagnostics;

namespace Claimtrail.Cli.Tests.Support;

/// <summary>The built <c>claimtrail</c> run as a real process (<c>dotnet claimtrail.dll …</c>).</summary>
public sealed class CommandProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _error;
    private readonly Task<string> _out;

    private CommandProcess(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The built command's assembly, copied beside the tests through the project reference.</summary>
    public static string CommandPath => Path.Combine(AppContext.BaseDirectory, "claimtrail.dll");

    /// <summary>Starts the command with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static CommandProcess Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts the command with <paramref name="args"/> in <paramref name="workingDirectory"/> with <paramref name="environment"/> added to the environment.</summary>
    public static CommandProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        TestIndexFolder.Ensure();
        if (!File.Exists(CommandPath))
        {
            throw new FileNotFoundException("The claimtrail command is not built beside the tests.", CommandPath);
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CommandPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new CommandProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Waits for the process to end on its own and returns its exit code and output.</summary>
    public async Task<CliRun> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return new CliRun(_process.ExitCode, await _out, await _error);
    }

    /// <summary>Sends SIGINT, as Ctrl+C on a terminal does.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
    }

    /// <summary>Kills the process and everything it started, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    // The host running these tests is a dotnet; use the same one rather than whatever PATH finds.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? path
            : "dotnet";
}
