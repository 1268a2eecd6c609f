using Claimtrail.Errors;
using Claimtrail.Web.Security;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Apis;

/// <summary><c>POST /api/ingest</c>: analyse and store one report given as text.</summary>
public static class IngestApi
{
    public static RouteGroupBuilder MapIngestApi(this RouteGroupBuilder api)
    {
        api.MapPost("/ingest", IngestAsync).WithTags("Ingest").RequireAuthorization(DeskAuth.ReviewerPolicy);
        return api;
    }

    public static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ValidationProblem>> IngestAsync(
        IngestService ingest, IOptions<DeskOptions> options, IngestBody body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["text"] = ["The report's text is required."] });
        }

        if (System.Text.Encoding.UTF8.GetByteCount(body.Text) > options.Value.MaxReportBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["text"] = [$"Longer than {options.Value.MaxReportBytes} bytes."] });
        }

        try
        {
            var result = await ingest.IngestAsync(string.IsNullOrWhiteSpace(body.Name) ? "api" : body.Name.Trim(), body.Text, cancellationToken).ConfigureAwait(false);
            return result.Outcome == Ledger.StoreOutcome.New
                ? TypedResults.Created("/api/claims", result)
                : TypedResults.Ok(result);
        }
        catch (InputException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["text"] = [ex.Message] });
        }
    }
}

/// <summary>A report to ingest.</summary>
/// <param name="Name">Its name or URL (optional).</param>
/// <param name="Text">Plain text, Markdown or HTML.</param>
public sealed record IngestBody(string? Name, string? Text);
