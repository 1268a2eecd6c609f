using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claimtrail.Cli.Output;
using Claimtrail.Fingerprints;
using Claimtrail.Json;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail claims [--query TEXT] [--sort newest|reports|checkworthy] [--json] [--db PATH] [--limit N] [--offset N]</c>: list the ledger's claims.</summary>
public static class ClaimsCommand
{
    /// <summary>The version of the <c>--json</c> output.</summary>
    public const string Schema = "claimtrail.claims/1";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var query = new Option<string?>("--query", "-q") { Description = "Only claims whose text, mentions or sources contain all these words (accents ignored; end a word with * for a prefix).", HelpName = "TEXT" };
        var json = new Option<bool>("--json") { Description = $"Write the list as JSON ({Schema}) to stdout." };
        var db = LedgerOption.Create();
        var limit = new Option<int>("--limit") { Description = "How many claims to show.", HelpName = "N", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "How many claims to skip (for paging).", HelpName = "N" };
        var sort = new Option<string>("--sort")
        {
            Description = "Order: newest (default; best match first when searching), reports (stated in the most reports first), origins (most independent origins first), checkworthy (most check-worthy first).",
            HelpName = "ORDER",
            DefaultValueFactory = _ => "newest",
        };
        sort.AcceptOnlyFromAmong("newest", "reports", "origins", "checkworthy");
        var recycled = new Option<bool>("--recycled") { Description = "Only claims stated with possibly recycled media: a photo or video (or one that looks like it) that had appeared in the ledger more than two days before the report." };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ClaimQuery.MaxLimit)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--limit must be between 1 and {ClaimQuery.MaxLimit}."));
            }
        });
        offset.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--offset must not be negative.");
            }
        });
        var command = new Command("claims", "List the claims in the ledger, newest first, or the best matches of a full-text search.")
        {
            query,
            json,
            db,
            limit,
            offset,
            sort,
            recycled,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new ClaimQuery { Text = parse.GetValue(query), Limit = parse.GetValue(limit), Offset = parse.GetValue(offset), Sort = SortOf(parse.GetValue(sort)) },
            parse.GetValue(json),
            parse.GetValue(recycled),
            LedgerOption.ValueOf(parse, db),
            cancellationToken));
        return command;
    }

    private static ClaimSort SortOf(string? name) => name switch
    {
        "reports" => ClaimSort.MostReports,
        "origins" => ClaimSort.MostOrigins,
        "checkworthy" => ClaimSort.CheckWorthy,
        _ => ClaimSort.Newest,
    };

    private static async Task<int> RunAsync(CliContext context, ClaimQuery query, bool json, bool recycled, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        ClaimPage page;
        IReadOnlyDictionary<string, IReadOnlyList<ClaimMedia>>? flagged = null;
        try
        {
            if (recycled)
            {
                var view = await ClaimMediaView.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
                (page, flagged) = await view.ListRecycledClaimsAsync(ledger, query, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                page = await ledger.ListClaimsAsync(query, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (json)
        {
            var document = new ClaimsDocument(Schema, page.Total, query.Offset, page.Claims) { Recycled = flagged };
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(document, AnalysisJson.Options)).ConfigureAwait(false);
        }
        else
        {
            LedgerTables.Write(context, page, query);
            foreach (var (claim, media) in flagged ?? new Dictionary<string, IReadOnlyList<ClaimMedia>>())
            {
                foreach (var item in media)
                {
                    await context.Out.WriteLineAsync(claim + "  " + RecycledText.Describe(item)).ConfigureAwait(false);
                }
            }
        }

        return ExitCodes.Success;
    }
}
