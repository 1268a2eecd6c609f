using System.Globalization;
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

    /// <summary>A page of claims: search, filters (status, source, place, from, to, lang, recycled) and order as on the claim list.</summary>
    public static async Task<Results<Ok<ClaimPage>, ValidationProblem>> ListAsync(
        ILedger ledger, MediaViewCache media, string? q, string? status, string? sort, string? source, string? place, string? from, string? to, string? lang,
        string? recycled, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var request = new ClaimListRequest
        {
            Q = q,
            Status = status,
            Sort = sort,
            Source = source,
            Place = place,
            From = from,
            To = to,
            Lang = lang,
            Recycled = recycled,
            Offset = offset?.ToString(CultureInfo.InvariantCulture),
        };
        var (query, errors) = request.ToQuery(Math.Clamp(limit ?? 50, 1, ClaimQuery.MaxLimit));
        if (limit is < 1 or > ClaimQuery.MaxLimit)
        {
            errors["limit"] = $"Must be between 1 and {ClaimQuery.MaxLimit}.";
        }

        if (query is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
        }

        if (request.OnlyRecycled)
        {
            query = (await media.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).OnlyRecycled(query);
        }

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

    /// <summary>The claim's provenance graph from the core's provenance: reports and agents, with its independent origins marked.</summary>
    public static async Task<Results<Ok<ProvenanceGraph>, NotFound>> GraphAsync(ClaimReadCache claims, string id, CancellationToken cancellationToken)
    {
        var read = await claims.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return read is null ? TypedResults.NotFound() : TypedResults.Ok(ProvenanceGraphBuilder.Build(read.Claim, read.Provenance));
    }
}
