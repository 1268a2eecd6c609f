using Claimtrail.Model;
using Spectre.Console;

namespace Claimtrail.Cli.Output;

/// <summary>Renders an analysis as readable tables: one per report, a row per mention.</summary>
public static class AnalysisTable
{
    /// <summary>Writes <paramref name="result"/> to the context's output.</summary>
    public static void Write(CliContext context, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var console = CreateConsole(context);
        foreach (var report in result.Reports)
        {
            console.Write(new Rule(Markup.Escape(report.Title ?? report.Source)) { Justification = Justify.Left });
            console.MarkupLine($"[grey]{Markup.Escape(report.Source)} · {Markup.Escape(report.Id[..Math.Min(report.Id.Length, 19)])}… · {Markup.Escape(report.Language)} · {report.Mentions.Count} mentions[/]");
            if (report.Mentions.Count > 0)
            {
                console.Write(MentionTable(report));
            }

            if (report.Entities.Count > 0)
            {
                var entities = report.Entities
                    .GroupBy(e => e.Type)
                    .Select(g => $"[bold]{Markup.Escape(Names.Of(g.Key))}[/]: {Markup.Escape(string.Join(", ", g.Select(e => e.Count > 1 ? $"{e.Text} ×{e.Count}" : e.Text)))}");
                console.MarkupLine("Entities — " + string.Join("; ", entities));
            }

            console.WriteLine();
        }

        console.MarkupLine($"[bold]{result.Claims.Count} claims[/] from {result.Reports.Sum(r => r.Mentions.Count)} mentions in {result.Reports.Count} reports.");
    }

    private static Table MentionTable(Report report)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Content");
        table.AddColumn("Speaker");
        table.AddColumn("Cue");
        table.AddColumn("Relayed by");
        table.AddColumn("Stance");
        table.AddColumn("Hedges");
        table.AddColumn("Evidence");
        table.AddColumn("Places");
        var n = 0;
        foreach (var mention in report.Mentions)
        {
            n++;
            table.AddRow(
                Cell(n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(mention.Content),
                Cell(string.IsNullOrEmpty(mention.Speaker.Name) ? "—" : $"{mention.Speaker.Name} ({Names.Of(mention.Speaker.Kind)})"),
                Cell(mention.Cue),
                Cell(mention.Relay.Count == 0 ? "—" : string.Join(" ← ", mention.Relay.Select(r => $"{r.Name} ({r.Cue})"))),
                Cell(Names.Of(mention.Stance)),
                Cell(mention.Hedges.Count == 0 ? "—" : string.Join("; ", mention.Hedges)),
                Cell(mention.Evidence.Count == 0 ? "—" : string.Join("; ", mention.Evidence.Select(e => $"{Names.Of(e.Kind)}: {e.Text}"))),
                Cell(mention.Places.Count == 0 ? "—" : string.Join("; ", mention.Places.Select(p => p.Within is null ? p.Name : $"{p.Name}, {p.Within}"))));
        }

        return table;
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));

    private static IAnsiConsole CreateConsole(CliContext context) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
}
