using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claimtrail.Geo;
using Claimtrail.Json;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail places pending [--json] [--db PATH]</c>: places awaiting geolocation;
/// <c>claimtrail places add NAME --lat --lon [--within PLACE] [--precision P] [--note TEXT] [--db PATH]</c>: place one by hand.
/// </summary>
public static class PlacesCommand
{
    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Write a JSON array instead of a table." };
        var pendingDb = LedgerOption.Create();
        var pending = new Command("pending", "List the places stored mentions name that no gazetteer holds (streets, parks, buildings…; kept at the point of the place they lie in), with how many mentions, claims and reports name each, most mentioned first. Places the desk has placed since are left out.")
        {
            json,
            pendingDb,
        };
        pending.SetAction((parse, cancellationToken) => PendingAsync(context, parse.GetValue(json), LedgerOption.ValueOf(parse, pendingDb), cancellationToken));

        var name = new Argument<string>("NAME") { Description = "The place as reports write it (\"Teterinsky Street\")." };
        var lat = new Option<double>("--lat") { Description = "Latitude, decimal degrees north (-90 to 90).", Required = true };
        var lon = new Option<double>("--lon") { Description = "Longitude, decimal degrees east (-180 to 180).", Required = true };
        var within = new Option<string?>("--within") { Description = "The larger place it lies in (\"Moscow\"); the placement then applies only there.", HelpName = "PLACE" };
        var precision = new Option<string>("--precision") { Description = "How closely the point is known.", DefaultValueFactory = _ => "street" };
        precision.AcceptOnlyFromAmong("point", "street", "park", "city", "region", "country");
        var note = new Option<string?>("--note") { Description = "Why it is placed there: the source or method, for whoever checks it.", HelpName = "TEXT" };
        var addDb = LedgerOption.Create();
        var add = new Command("add", "Place a name by hand in the ledger's desk gazetteer (replacing an earlier placement of that name in that larger place). Later analyses (ingest, analyze --db, watch, worker) resolve it there.")
        {
            name,
            lat,
            lon,
            within,
            precision,
            note,
            addDb,
        };
        add.SetAction((parse, cancellationToken) =>
        {
            var place = new DeskPlace(
                parse.GetValue(name)!.Trim(),
                new GeoPoint(parse.GetValue(lat), parse.GetValue(lon)),
                parse.GetValue(within)?.Trim(),
                Enum.Parse<PlacePrecision>(parse.GetValue(precision)!, ignoreCase: true),
                parse.GetValue(note)?.Trim(),
                Environment.UserName);
            return AddAsync(context, place, LedgerOption.ValueOf(parse, addDb), cancellationToken);
        });
        return new Command("places", "Places awaiting geolocation, and the desk gazetteer of places analysts have placed by hand.") { pending, add };
    }

    private static async Task<int> AddAsync(CliContext context, DeskPlace place, string db, CancellationToken cancellationToken)
    {
        var errors = place.Validate();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await context.Error.WriteLineAsync($"claimtrail: places add: {error}").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            var added = await ledger.AddDeskPlaceAsync(place, cancellationToken).ConfigureAwait(false);
            var where = place.Within is null ? string.Empty : " in " + place.Within;
            await context.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"claimtrail: places: {(added ? "added" : "replaced")} {place.Name}{where} at {place.Point.Latitude:0.######}, {place.Point.Longitude:0.######} ({PlaceText(place.Precision)})")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> PendingAsync(CliContext context, bool json, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        IReadOnlyList<PendingPlace> places;
        try
        {
            places = await ledger.ListPendingPlacesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(places, AnalysisJson.Compact)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (places.Count == 0)
        {
            await context.Error.WriteLineAsync("claimtrail: places: none pending").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await context.Out.WriteLineAsync("mentions\tclaims\treports\tfirst seen\tplace\twithin").ConfigureAwait(false);
        foreach (var place in places)
        {
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{place.Mentions}\t{place.Claims}\t{place.Reports}\t{place.FirstSeen.UtcDateTime:yyyy-MM-dd HH:mm}\t{place.Name}\t{place.Within ?? "-"}")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static string PlaceText(PlacePrecision precision) => precision.ToString().ToLowerInvariant();
}
