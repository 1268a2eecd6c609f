using System.CommandLine;
using System.Text.Json;
using Claimtrail.Cli.Output;
using Claimtrail.Fingerprints;
using Claimtrail.Json;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail claim ID [--json] [--db PATH]</c>: one claim with its mentions and sources.</summary>
public static class ClaimCommand
{
    /// <summary>The version of the <c>--json</c> output.</summary>
    public const string Schema = "claimtrail.claim/1";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The claim id, as 'claimtrail claims' lists it." };
        var json = new Option<bool>("--json") { Description = $"Write the claim as JSON ({Schema}) to stdout." };
        var db = LedgerOption.Create();
        var command = new Command("claim", "Show one claim: every mention that states it (speaker, cue, relay chain, stance, hedges, evidence, places), the reports they come from, and its provenance: independent origins, first appearance, every appearance with its path to an origin, a day-by-day timeline and the answers it got.")
        {
            id,
            json,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(id)!, parse.GetValue(json), LedgerOption.ValueOf(parse, db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string id, bool json, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        ClaimDetail? claim;
        Provenance.ClaimProvenance? provenance;
        ClaimMediaView media;
        try
        {
            claim = await ledger.GetClaimAsync(id.Trim(), cancellationToken).ConfigureAwait(false);
            provenance = claim is null ? null : await ledger.GetProvenanceAsync(claim.Id, cancellationToken).ConfigureAwait(false);
            media = await ClaimMediaView.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (claim is null)
        {
            await context.Error.WriteLineAsync($"claimtrail: no claim with id '{id}' in {LedgerOption.Describe(db)} (list them with 'claimtrail claims')").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        if (json)
        {
            var carried = media.Of(claim);
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new ClaimDocument(Schema, claim) { Provenance = provenance, Media = carried.Count == 0 ? null : carried }, AnalysisJson.Options)).ConfigureAwait(false);
        }
        else
        {
            LedgerTables.Write(context, claim, provenance);
            foreach (var item in media.Of(claim))
            {
                await context.Out.WriteLineAsync(RecycledText.Describe(item)).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }
}
