using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimtrail.Ledger;
using Claimtrail.Publishing;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail export --format claimreview [--db PATH]</c>: published verdicts as schema.org ClaimReview.</summary>
public static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "What to export: claimreview.", Required = true };
        format.AcceptOnlyFromAmong("claimreview");
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "The desk's public address, for each review's url.",
            HelpName = "URL",
            DefaultValueFactory = _ => ServeCommand.DefaultUrls,
        };
        var publisher = new Option<string>("--publisher") { Description = "The organisation named as the reviews' author.", DefaultValueFactory = _ => "Claimtrail desk" };
        var db = LedgerOption.Create();
        var command = new Command("export", "Write every claim with a final verdict (confirmed, corroborated, misleading, false, unprovable) as a JSON array of schema.org ClaimReview JSON-LD documents, most recently reviewed first.")
        {
            format,
            baseUrl,
            publisher,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, new PublishSettings(parse.GetValue(baseUrl)!.TrimEnd('/'), parse.GetValue(publisher)!), parse.GetValue(db)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, PublishSettings settings, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            var claims = await PublishedReviews.ListAsync(ledger, int.MaxValue, cancellationToken).ConfigureAwait(false);
            var documents = new JsonArray([.. claims.Select(c => (JsonNode)ClaimReviewJson.Create(c, settings)!)]);
            await context.Out.WriteLineAsync(documents.ToJsonString(Indented)).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"claimtrail: export: {claims.Count} reviews").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
