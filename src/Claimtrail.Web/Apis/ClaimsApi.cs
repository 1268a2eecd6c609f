using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Provenance;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claimtrail.Web.Apis;

/// <summary><c>/api/claims</c>: list and read claims.</summary>
public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        var claims = api.MapGroup("/claims").WithTags("Claims");
        claims.MapGet("/", ListAsync);
        claims.MapGet("/{id}", GetAsync);
        claims.MapGet("/{id}/graph", GraphAsync);
        return api;
    }

    public static async Task<Results<Ok<ClaimPage>, ValidationProblem>> ListAsync(
        ILedger ledger, string? q, string? status, string? sort, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsedStatus = Names.Parse<ClaimStatus>(status);
        if (status is not null && parsedStatus is null)
        {
            errors["status"] = ["Not a claim status: " + string.Join(", ", Enum.GetValues<ClaimStatus>().Select(Names.Code))];
        }

        if (offset < 0)
        {
            errors["offset"] = ["Must be 0 or more."];
        }

        if (limit is < 1 or > ClaimQuery.MaxLimit)
        {
            errors["limit"] = [$"Must be between 1 and {ClaimQuery.MaxLimit}."];
        }

        if (sort is not null and not ("newest" or "reports"))
        {
            errors["sort"] = ["Must be newest or reports."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new ClaimQuery
        {
            Text = q,
            Status = parsedStatus,
            Sort = sort == "reports" ? ClaimSort.MostReports : ClaimSort.Newest,
            Offset = offset ?? 0,
            Limit = limit ?? 50,
        };
        return TypedResults.Ok(await ledger.ListClaimsAsync(query, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<ClaimDetail>, NotFound>> GetAsync(ILedger ledger, HttpContext context, string id, CancellationToken cancellationToken)
    {
        var claim = await ledger.GetClaimAsync(id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ETags.Of(claim.Version);
        return TypedResults.Ok(claim);
    }

    /// <summary>The claim's provenance graph: reports, publishers, relays and speakers, with origins marked.</summary>
    public static async Task<Results<Ok<ProvenanceGraph>, NotFound>> GraphAsync(ILedger ledger, string id, CancellationToken cancellationToken)
    {
        var claim = await ledger.GetClaimAsync(id, cancellationToken).ConfigureAwait(false);
        return claim is null ? TypedResults.NotFound() : TypedResults.Ok(ProvenanceGraphBuilder.Build(claim));
    }
}
