using System.Globalization;
using Spectre.Console;

namespace Claimtrail.Cli.Output;

/// <summary>
/// What an ingest tells the user while it runs: on a terminal a progress bar on stderr with error lines
/// printed above it; redirected, the error lines, one whole line each, and for a large input (a megabyte or
/// more) a plain progress line every <see cref="LineInterval"/>, so a log shows a long run moving.
/// </summary>
public sealed class IngestProgress
{
    /// <summary>How often a redirected run over a large input prints a progress line.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(15);

    private const long LargeInput = 1024 * 1024;

    private readonly CliContext _context;
    private readonly IAnsiConsole? _console;
    private readonly ProgressTask? _task;
    private readonly long _total;
    private readonly bool _lines;
    private readonly long _intervalMs;
    private long _lastLine = Environment.TickCount64;

    private IngestProgress(CliContext context, IAnsiConsole? console, ProgressTask? task, long total = 0, TimeSpan? lineInterval = null)
    {
        _context = context;
        _console = console;
        _task = task;
        _total = total;
        _lines = console is null && total >= LargeInput;
        _intervalMs = (long)(lineInterval ?? LineInterval).TotalMilliseconds;
    }

    /// <summary>
    /// Runs <paramref name="ingest"/> with a reporter for <paramref name="total"/> units of work (bytes of input);
    /// no bar when <paramref name="worthABar"/> is false (one small file).
    /// </summary>
    public static async Task<T> RunAsync<T>(CliContext context, long total, bool worthABar, Func<IngestProgress, Task<T>> ingest, TimeSpan? lineInterval = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ingest);
        // Both streams must be a terminal: a bar in a redirected stderr would be noise in a log, and Spectre
        // would wrap the error lines at 80 columns there, breaking paths that scripts grep for.
        var output = new AnsiConsoleOutput(context.Error);
        if (!context.IsTerminal || !output.IsTerminal || !worthABar || total <= 0)
        {
            return await ingest(new IngestProgress(context, null, null, total, lineInterval)).ConfigureAwait(false);
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

    /// <summary>Sets how much of the work is done; <paramref name="status"/> describes the counts so far for a progress line.</summary>
    public async Task ReportAsync(long done, Func<string> status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (_task is not null)
        {
            _task.Value = Math.Min(done, _task.MaxValue);
        }
        else if (_lines && Environment.TickCount64 - _lastLine >= _intervalMs)
        {
            _lastLine = Environment.TickCount64;
            var percent = Math.Min(100, done * 100 / _total);
            await _context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: ingest: {percent}%: {status()}")).ConfigureAwait(false);
        }
    }
}
