using System.Globalization;
using Claimtrail.Ledger;
using Claimtrail.Provenance;
using Claimtrail.Model;
using Spectre.Console;

namespace Claimtrail.Cli.Output;

/// <summary>Renders what the ledger holds as readable tables: a claim list, or one claim with its mentions and reports.</summary>
public static class LedgerTables
{
    private const int RedirectedWidth = 240;

    /// <summary>Writes a page of claims.</summary>
    public static void Write(CliContext context, ClaimPage page, ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(query);
        var console = CreateConsole(context);
        if (page.Claims.Count > 0)
        {
            var table = Fit(context, new Table().Border(TableBorder.Rounded));
            table.AddColumn(new TableColumn("Id").NoWrap());
            table.AddColumn("Claim");
            table.AddColumn("Status");
            table.AddColumn(new TableColumn("Mentions").RightAligned());
            table.AddColumn(new TableColumn("Reports").RightAligned());
            table.AddColumn(new TableColumn("Origins").RightAligned());
            table.AddColumn(new TableColumn("Check-worthy").RightAligned());
            table.AddColumn("First seen");
            foreach (var claim in page.Claims)
            {
                table.AddRow(
                    Cell(claim.Id),
                    Cell(claim.Text),
                    Cell(Names.Of(claim.Status)),
                    Cell(Number(claim.MentionCount)),
                    Cell(Number(claim.ReportCount)),
                    Cell(Number(claim.OriginCount)),
                    Cell(claim.CheckWorthiness is { } score ? score.ToString("F3", CultureInfo.InvariantCulture) : "—"),
                    Cell(Time(claim.FirstSeen)));
            }

            console.Write(table);
        }

        var shown = page.Claims.Count == 0
            ? "No claims"
            : string.Create(CultureInfo.InvariantCulture, $"Claims {query.Offset + 1}–{query.Offset + page.Claims.Count} of {page.Total}");
        var search = query.Terms.Count == 0 ? string.Empty : $" matching \"{query.Text}\"";
        console.MarkupLine(Markup.Escape(shown + search + "."));
    }

    /// <summary>Writes one claim with its mentions and the reports they come from.</summary>
    public static void Write(CliContext context, ClaimDetail claim) => Write(context, claim, null);

    /// <summary>Writes one claim with its mentions, reports and, when given, its provenance: origins, first appearance, spread and answers.</summary>
    public static void Write(CliContext context, ClaimDetail claim, ClaimProvenance? provenance)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(claim);
        var console = CreateConsole(context);
        console.Write(new Rule(Markup.Escape(claim.Text)) { Justification = Justify.Left });
        console.MarkupLine($"[grey]{Markup.Escape(claim.Id)} · {Markup.Escape(Names.Of(claim.Status))} · first seen {Markup.Escape(Time(claim.FirstSeen))} · {Number(claim.Mentions.Count)} mentions in {Number(claim.Reports.Count)} reports[/]");
        var reportNumbers = claim.Reports.Select((r, i) => (r.Id, Number: i + 1)).ToDictionary(r => r.Id, r => r.Number, StringComparer.Ordinal);
        if (claim.Mentions.Count > 0)
        {
            var table = Fit(context, new Table().Border(TableBorder.Rounded));
            table.AddColumn(new TableColumn("Report").RightAligned());
            table.AddColumn("Content");
            table.AddColumn("Speaker");
            table.AddColumn("Cue");
            table.AddColumn("Relayed by");
            table.AddColumn("Stance");
            table.AddColumn("Hedges");
            table.AddColumn("Evidence");
            table.AddColumn("Places");
            foreach (var (reportId, mention) in claim.Mentions)
            {
                table.AddRow(
                    Cell(reportNumbers.TryGetValue(reportId, out var n) ? Number(n) : "?"),
                    Cell(mention.Content),
                    Cell(string.IsNullOrEmpty(mention.Speaker.Name) ? "—" : $"{mention.Speaker.Name} ({Names.Of(mention.Speaker.Kind)})"),
                    Cell(mention.Cue),
                    Cell(mention.Relay.Count == 0 ? "—" : string.Join(" ← ", mention.Relay.Select(r => $"{r.Name} ({r.Cue})"))),
                    Cell(Names.Of(mention.Stance)),
                    Cell(mention.Hedges.Count == 0 ? "—" : string.Join("; ", mention.Hedges)),
                    Cell(mention.Evidence.Count == 0 ? "—" : string.Join("; ", mention.Evidence.Select(e => $"{Names.Of(e.Kind)}: {e.Text}"))),
                    Cell(mention.Places.Count == 0 ? "—" : string.Join("; ", mention.Places.Select(p => p.Within is null ? p.Name : $"{p.Name}, {p.Within}"))));
            }

            console.Write(table);
        }

        var reports = Fit(context, new Table().Border(TableBorder.Simple));
        reports.AddColumn(new TableColumn("#").RightAligned());
        reports.AddColumn(new TableColumn("Report").NoWrap());
        reports.AddColumn("Source");
        reports.AddColumn("Published");
        reports.AddColumn("Ingested");
        foreach (var report in claim.Reports)
        {
            reports.AddRow(
                Cell(Number(reportNumbers[report.Id])),
                Cell(report.Id),
                Cell(report.Title is null ? report.Source : $"{report.Title} — {report.Source}"),
                Cell(report.Published is { } published ? Time(published) : "—"),
                Cell(Time(report.IngestedAt)));
        }

        console.Write(reports);
        if (provenance is not null)
        {
            WriteProvenance(context, console, provenance, reportNumbers);
        }
    }

    private static void WriteProvenance(CliContext context, IAnsiConsole console, ClaimProvenance provenance, Dictionary<string, int> reportNumbers)
    {
        string ReportNumber(string id) => reportNumbers.TryGetValue(id, out var n) ? Number(n) : "?";
        string When(ClaimAppearance a) => Time(a.Time) + (a.Published ? string.Empty : " (ingested)");

        console.Write(new Rule(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Provenance: {provenance.Origins.Count} independent origin(s), {provenance.Appearances.Count} appearance(s)"))) { Justification = Justify.Left });
        if (provenance.FirstAppearance is { } first)
        {
            console.MarkupLine(Markup.Escape($"First appearance: report {ReportNumber(first.ReportId)} ({first.Source}), {When(first)}, {first.Channel?.Name ?? "publisher unknown"}, from {first.Origin.Name}"));
        }

        var origins = Fit(context, new Table().Border(TableBorder.Rounded));
        origins.AddColumn("Origin");
        origins.AddColumn("Kind");
        origins.AddColumn("First seen");
        origins.AddColumn(new TableColumn("First report").RightAligned());
        origins.AddColumn(new TableColumn("Appearances").RightAligned());
        foreach (var origin in provenance.Origins)
        {
            origins.AddRow(
                Cell(origin.Agent.Name + (origin.Agent.Id.StartsWith("unnamed:", StringComparison.Ordinal) ? " (unnamed)" : string.Empty)),
                Cell(Names.Of(origin.Agent.Kind)),
                Cell(Time(origin.FirstSeen)),
                Cell(ReportNumber(origin.FirstReportId)),
                Cell(Number(origin.Appearances)));
        }

        console.Write(origins);
        var spread = Fit(context, new Table().Border(TableBorder.Simple));
        spread.AddColumn("When");
        spread.AddColumn(new TableColumn("Report").RightAligned());
        spread.AddColumn("Published by");
        spread.AddColumn("Path to the origin");
        foreach (var appearance in provenance.Appearances)
        {
            var path = appearance.Path.Count == 0
                ? "speaks for itself"
                : string.Join(" ← ", appearance.Path.Select(h => h.Cue is { Length: > 0 } cue ? $"{h.Agent.Name} ({cue})" : $"{h.Agent.Name} ({Names.Of(h.Relation)})"));
            spread.AddRow(
                Cell(When(appearance)),
                Cell(ReportNumber(appearance.ReportId) + (appearance.Kind == AppearanceKind.Sighting ? " (seen again)" : string.Empty)),
                Cell(appearance.Channel?.Name ?? "—"),
                Cell(path + (appearance.NewOrigin ? " · new origin" : string.Empty)));
        }

        console.Write(spread);
        var timeline = Fit(context, new Table().Border(TableBorder.Simple));
        timeline.AddColumn("Day (UTC)");
        timeline.AddColumn(new TableColumn("Appearances").RightAligned());
        timeline.AddColumn(new TableColumn("New origins").RightAligned());
        timeline.AddColumn(new TableColumn("Origins so far").RightAligned());
        foreach (var day in provenance.Timeline)
        {
            timeline.AddRow(Cell(day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Cell(Number(day.Appearances)), Cell(Number(day.NewOrigins)), Cell(Number(day.Origins)));
        }

        console.Write(timeline);
        foreach (var response in provenance.Responses)
        {
            console.MarkupLine(Markup.Escape($"Answer: {response.Speaker?.Name ?? "unnamed"} {Names.Of(response.Stance)} (report {ReportNumber(response.ReportId)}, {Time(response.Time)})"));
        }
    }

    // A terminal table fills the window; redirected output keeps each column to its content.
    private static Table Fit(CliContext context, Table table) => context.IsTerminal ? table.Expand() : table;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static Markup Cell(string text) => new(Markup.Escape(text));

    private static IAnsiConsole CreateConsole(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!context.IsTerminal)
        {
            // Redirected output has no window to fit; 80 columns would wrap ids and names mid-word for grep.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
