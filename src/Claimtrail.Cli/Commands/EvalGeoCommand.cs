using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Geo;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval geo FILE.jsonl</c>: scores the geocoder on a gold set of place mentions
/// (format in <see cref="GeoGoldReader"/>) and prints accuracy at city, region and country level and the
/// share of mentions correctly left unresolved; misses go to stderr.
/// </summary>
public static class EvalGeoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Gold place mentions as JSON Lines ({id, text, mention, within?, expect: {name, cc, kind, lat, lon} | \"unresolved\"})." };
        var command = new Command("geo", "Score place resolution: accuracy at city level (same gazetteer entry or within 25 km), region and country level, and the share correctly left unresolved.")
        {
            file,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var malformed = 0;
        IReadOnlyList<GeoGoldItem> items;
        try
        {
            items = GeoGoldReader.ReadFile(path, error =>
            {
                malformed++;
                context.Error.WriteLine("claimtrail: " + error.Message);
            }, cancellationToken);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var gazetteer = await Task.Run(() => Gazetteer.Default, cancellationToken).ConfigureAwait(false);
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: gazetteer of {gazetteer.Count} entries loaded in {gazetteer.LoadTime.TotalMilliseconds:F0} ms")).ConfigureAwait(false);
        var score = new GeoScorer(new Geocoder(gazetteer)).Evaluate(items, cancellationToken);
        foreach (var line in score.ToLines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        foreach (var (item, got) in score.Misses)
        {
            var where = got.Point is { } p ? string.Create(CultureInfo.InvariantCulture, $" at {p.Latitude:F3},{p.Longitude:F3}") : string.Empty;
            await context.Error.WriteLineAsync($"miss {item.Id}: \"{item.Mention}\" expected {(item.Expected is { } e ? $"{e.Name} ({e.CountryCode}, {e.Precision})" : "unresolved")}, got {got.Entry?.Name ?? "-"} ({got.Entry?.CountryCode ?? "-"}, {got.Precision}, {got.Resolution}){where}: {got.Reason}").ConfigureAwait(false);
        }

        if (score.Mentions == 0)
        {
            await context.Error.WriteLineAsync($"claimtrail: {path}: no mentions to score").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        return malformed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
