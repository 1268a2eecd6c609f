using Spectre.Console;

namespace Claimtrail.Cli.Output;

/// <summary>
/// What an ingest tells the user while it runs: on a terminal a progress bar on stderr with error lines
/// printed above it; redirected, only the error lines, so logs and scripts get one whole line per failed file.
/// </summary>
public sealed class IngestProgress
{
    private readonly CliContext _context;
    private readonly IAnsiConsole? _console;
    private readonly ProgressTask? _task;

    private IngestProgress(CliContext context, IAnsiConsole? console, ProgressTask? task)
    {
        _context = context;
        _console = console;
        _task = task;
    }

    /// <summary>
    /// Runs <paramref name="ingest"/> with a reporter for <paramref name="total"/> units of work (bytes of input);
    /// no bar when <paramref name="worthABar"/> is false (one small file).
    /// </summary>
    public static async Task<T> RunAsync<T>(CliContext context, long total, bool worthABar, Func<IngestProgress, Task<T>> ingest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ingest);
        // Both streams must be a terminal: a bar in a redirected stderr would be noise in a log, and Spectre
        // would wrap the error lines at 80 columns there, breaking paths that scripts grep for.
        var output = new AnsiConsoleOutput(context.Error);
        if (!context.IsTerminal || !output.IsTerminal || !worthABar || total <= 0)
        {
            return await ingest(new IngestProgress(context, null, null)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(progress => ingest(new IngestProgress(context, console, progress.AddTask("ingest", maxValue: total))))
            .ConfigureAwait(false);
    }

    /// <summary>Prints one error line.</summary>
    public async Task ErrorAsync(string line)
    {
        if (_console is null)
        {
            await _context.Error.WriteLineAsync(line).ConfigureAwait(false);
        }
        else
        {
            // Through the live display, so the line lands above the bar instead of through it.
            _console.WriteLine(line);
        }
    }

    /// <summary>Sets how much of the work is done.</summary>
    public void Report(long done)
    {
        if (_task is not null)
        {
            _task.Value = Math.Min(done, _task.MaxValue);
        }
    }
}
