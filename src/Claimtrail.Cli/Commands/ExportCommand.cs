using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimtrail.Geo;
using Claimtrail.Geo.GeoJson;
using Claimtrail.Ledger;
using Claimtrail.Provenance;
using Claimtrail.Publishing;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail export --format jsonl [--output FILE] [--db PATH]</c>: the whole ledger as JSON lines;
/// <c>claimtrail export --format claimreview [--db PATH]</c>: published verdicts as schema.org ClaimReview;
/// <c>claimtrail export --format prov [--output FILE] [--db PATH]</c>: every claim's provenance as W3C PROV-JSON.
/// <c>claimtrail export --format geojson [--output FILE] [--db PATH]</c>: the claims' places as an RFC 7946 FeatureCollection.
/// </summary>
public static class ExportCommand
{
    private const string JsonLines = "jsonl";
    private const string ClaimReview = "claimreview";
    private const string Prov = "prov";
    private const string GeoJson = "geojson";

    // Report texts kept for geocoding in context; claims are listed newest first, so a report's claims tend to come together.
    private const int ReportTextCache = 256;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = $"The export format: jsonl ({LedgerJsonLines.Schema}, the whole ledger, for 'claimtrail import'), claimreview (every claim with a final verdict as schema.org ClaimReview JSON-LD), prov (every claim's provenance as W3C PROV-JSON), or geojson (every claim's places as an RFC 7946 FeatureCollection).",
            HelpName = "FORMAT",
            Required = true,
        };
        format.AcceptOnlyFromAmong(JsonLines, ClaimReview, Prov, GeoJson);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "claimreview: the desk's public address, for each review's url.",
            HelpName = "URL",
            DefaultValueFactory = _ => ServeCommand.DefaultUrls,
        };
        var publisher = new Option<string>("--publisher") { Description = "claimreview: the organisation named as the reviews' author.", DefaultValueFactory = _ => "Claimtrail desk" };
        var db = LedgerOption.Create();
        var command = new Command("export", "Export the whole ledger (jsonl: every report with its mentions and the claims they state, in ingest order, then the desk's accounts, API token hashes, desk gazetteer and review audit log; 'claimtrail import' rebuilds it on either engine), or every claim with a final verdict (claimreview: confirmed, corroborated, misleading, false, unprovable) as a JSON array of schema.org ClaimReview JSON-LD documents, most recently reviewed first.")
        {
            format,
            output,
            baseUrl,
            publisher,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = LedgerOption.ValueOf(parse, db);
            return parse.GetValue(format) switch
            {
                ClaimReview => RunClaimReviewAsync(context, new PublishSettings(parse.GetValue(baseUrl)!.TrimEnd('/'), parse.GetValue(publisher)!), parse.GetValue(output), target, cancellationToken),
                Prov => RunProvAsync(context, parse.GetValue(output), target, cancellationToken),
                GeoJson => RunGeoJsonAsync(context, parse.GetValue(output), target, cancellationToken),
                _ => RunJsonLinesAsync(context, parse.GetValue(output), target, cancellationToken),
            };
        });
        return command;
    }

    private static async Task<int> RunClaimReviewAsync(CliContext context, PublishSettings settings, string? output, string db, CancellationToken cancellationToken)
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
            var text = documents.ToJsonString(Indented);
            if (output is null)
            {
                await context.Out.WriteLineAsync(text).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(output, text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: export: {claims.Count} reviews")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LedgerException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> RunProvAsync(CliContext context, string? output, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            // Oldest claim first, a page at a time; the document itself is held whole, as JSON has one root.
            var claims = new List<(ClaimSummary, ClaimProvenance)>();
            for (var offset = 0; ; offset += ClaimQuery.MaxLimit)
            {
                var page = await ledger.ListClaimsAsync(new ClaimQuery { Offset = offset, Limit = ClaimQuery.MaxLimit }, cancellationToken).ConfigureAwait(false);
                foreach (var claim in page.Claims)
                {
                    if (await ledger.GetProvenanceAsync(claim.Id, cancellationToken).ConfigureAwait(false) is { } provenance)
                    {
                        claims.Add((claim, provenance));
                    }
                }

                if (offset + page.Claims.Count >= page.Total || page.Claims.Count == 0)
                {
                    break;
                }
            }

            claims.Reverse();
            var text = ProvJson.Create(claims).ToJsonString(Indented);
            if (output is null)
            {
                await context.Out.WriteLineAsync(text).ConfigureAwait(false);
            }
            else
            {
                var temporary = output + ".partial";
                await File.WriteAllTextAsync(temporary, text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
                File.Move(temporary, output, overwrite: true);
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: export: provenance of {claims.Count} claims")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LedgerException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> RunGeoJsonAsync(CliContext context, string? output, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        var pipeline = await DeskPipeline.CreateAsync(context, ledger, cancellationToken).ConfigureAwait(false);
        if (pipeline is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            var claims = await GeoClaimsAsync(ledger, pipeline.Components.Geocoder, cancellationToken).ConfigureAwait(false);
            if (output is null)
            {
                await context.Out.WriteLineAsync(GeoJsonWriter.ToJson(claims)).ConfigureAwait(false);
            }
            else
            {
                // Written beside the target and renamed at the end: an interrupted export leaves no truncated file under the real name.
                var temporary = output + ".partial";
                try
                {
                    var stream = File.Create(temporary);
                    await using (stream.ConfigureAwait(false))
                    {
                        GeoJsonWriter.Write(stream, claims);
                        stream.WriteByte((byte)'\n');
                    }

                    File.Move(temporary, output, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: export: {claims.Count(c => c.Places.Any(p => p.Point is not null))} of {claims.Count} claims placed on the map")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LedgerException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static async Task<List<GeoClaim>> GeoClaimsAsync(ILedger ledger, IGeocoder geocoder, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var claims = new List<GeoClaim>();
        for (var offset = 0; ; offset += ClaimQuery.MaxLimit)
        {
            var page = await ledger.ListClaimsAsync(new ClaimQuery { Sort = ClaimSort.Newest, Offset = offset, Limit = ClaimQuery.MaxLimit }, cancellationToken).ConfigureAwait(false);
            foreach (var summary in page.Claims)
            {
                if (await ledger.GetClaimAsync(summary.Id, cancellationToken).ConfigureAwait(false) is not { } detail)
                {
                    // Gone between listing and reading it.
                    continue;
                }

                if (texts.Count >= ReportTextCache)
                {
                    texts.Clear();
                }

                foreach (var reportId in detail.Mentions.Select(m => m.ReportId).Distinct(StringComparer.Ordinal))
                {
                    if (!texts.ContainsKey(reportId))
                    {
                        texts[reportId] = (await ledger.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false))?.Text;
                    }
                }

                claims.Add(GeoClaims.From(detail, geocoder, id => texts.GetValueOrDefault(id)));
            }

            if (page.Claims.Count < ClaimQuery.MaxLimit)
            {
                return claims;
            }
        }
    }

    private static async Task<int> RunJsonLinesAsync(CliContext context, string? output, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        var temporary = output is null ? null : output + ".partial";
        try
        {
            int count;
            if (temporary is null)
            {
                count = await LedgerJsonLines.WriteAsync(ledger, context.Out, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Written beside the target and renamed at the end: an interrupted export leaves no truncated file under the real name.
                var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (writer.ConfigureAwait(false))
                {
                    count = await LedgerJsonLines.WriteAsync(ledger, writer, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, output!, overwrite: true);
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"claimtrail: export: {count} reports from {LedgerOption.Describe(db)}")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LedgerException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
