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
        // Four columns stay readable in an 80-column terminal; details stack inside each cell.
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("What is claimed").Width(44));
        table.AddColumn(new TableColumn("Who, and through whom"));
        table.AddColumn(new TableColumn("Stance, hedges, evidence"));
        var n = 0;
        foreach (var mention in report.Mentions)
        {
            n++;
            var what = Markup.Escape(mention.Content);
            if (mention.Places.Count > 0)
            {
                what += "\n[grey]at " + Markup.Escape(string.Join("; ", mention.Places.Select(PlaceText))) + "[/]";
            }

            var who = string.IsNullOrEmpty(mention.Speaker.Name)
                ? "[grey](no source named)[/]"
                : $"[bold]{Markup.Escape(mention.Speaker.Name)}[/] [grey]({Names.Of(mention.Speaker.Kind)})[/]";
            who += $"\n[grey]cue:[/] {Markup.Escape(mention.Cue)}";
            foreach (var link in mention.Relay)
            {
                who += $"\n[grey]via[/] {Markup.Escape(link.Name)} [grey]({Markup.Escape(link.Cue)})[/]";
            }

            var how = $"[bold]{Names.Of(mention.Stance)}[/]";
            if (mention.Hedges.Count > 0)
            {
                how += "\n[yellow]" + Markup.Escape(string.Join("; ", mention.Hedges)) + "[/]";
            }

            if (mention.Evidence.Count > 0)
            {
                how += "\n" + Markup.Escape(string.Join("; ", mention.Evidence.Select(e => $"{Names.Of(e.Kind)}: {e.Text}")));
            }

            table.AddRow(
                new Markup(n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(what),
                new Markup(who),
                new Markup(how));
        }

        return table;
    }

    private static string PlaceText(PlaceRef place)
    {
        var name = place.Within is null ? place.Name : $"{place.Name}, {place.Within}";
        return place.Geo switch
        {
            { Pending: true } => name + " (pending geolocation)",
            { Latitude: { } lat, Longitude: { } lon, CountryCode: var country } =>
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} ({lat:0.###}, {lon:0.###}{(country is null ? "" : " " + country)})"),
            _ => name,
        };
    }

    private static IAnsiConsole CreateConsole(CliContext context) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
}
