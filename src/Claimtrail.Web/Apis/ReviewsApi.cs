using System.Globalization;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Web.Security;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claimtrail.Web.Apis;

/// <summary><c>/api/claims/{id}/reviews</c>: a claim's reviews, and new ones with optimistic concurrency.</summary>
public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this RouteGroupBuilder api)
    {
        var reviews = api.MapGroup("/claims/{id}/reviews").WithTags("Reviews");
        reviews.MapGet("/", ListAsync);
        reviews.MapPost("/", CreateAsync).RequireAuthorization(DeskAuth.ReviewerPolicy);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<Review>>, NotFound>> ListAsync(ILedger ledger, string id, CancellationToken cancellationToken)
    {
        var claim = await ledger.GetClaimAsync(id, cancellationToken).ConfigureAwait(false);
        return claim is null ? TypedResults.NotFound() : TypedResults.Ok(claim.Reviews);
    }

    /// <summary>
    /// Sets the claim's status. The claim version the client saw comes in <c>version</c> or an <c>If-Match</c>
    /// header (the ETag of <c>GET /api/claims/{id}</c>); a stale one is a 409 with the current state, never an overwrite.
    /// </summary>
    public static async Task<Results<Created<Review>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ILedger ledger, ClaimTotalsCache totals, ClaimReadCache claims, HttpContext context, string id, ReviewBody body, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var status = Names.Parse<ClaimStatus>(body.Status);
        if (status is null)
        {
            errors["status"] = ["Not a claim status: " + string.Join(", ", Enum.GetValues<ClaimStatus>().Select(Names.Code))];
        }

        var version = body.Version ?? ETags.Parse(context.Request.Headers.IfMatch.ToString());
        if (version is null)
        {
            errors["version"] = ["Say which claim version this review is for: a version field or an If-Match header."];
        }

        var reviewer = context.User.Identity?.Name ?? string.Empty;
        var request = new ReviewRequest(id, status ?? ClaimStatus.Unverified, body.Rationale ?? string.Empty, body.Evidence ?? [], reviewer, version ?? 0);
        foreach (var (field, message) in request.Validate())
        {
            errors[field] = [message];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await ledger.ReviewAsync(request, cancellationToken).ConfigureAwait(false);
        totals.Invalidate();
        claims.Invalidate();
        switch (result.Outcome)
        {
            case ReviewOutcome.NotFound:
                return TypedResults.NotFound();
            case ReviewOutcome.Conflict:
                var by = result.Review is { } latest ? $" by {latest.Reviewer} at {latest.At.ToString("O", CultureInfo.InvariantCulture)}" : string.Empty;
                context.Response.Headers.ETag = ETags.Of(result.CurrentVersion);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "The claim was reviewed since you read it",
                    detail: $"You reviewed version {version} but the claim is at version {result.CurrentVersion}, now {Names.Code(result.CurrentStatus)}{by}. Nothing was changed; read the claim again and resend if you still disagree.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["currentVersion"] = result.CurrentVersion,
                        ["currentStatus"] = Names.Code(result.CurrentStatus),
                    });
            default:
                context.Response.Headers.ETag = ETags.Of(result.CurrentVersion);
                return TypedResults.Created($"/api/claims/{Uri.EscapeDataString(id)}/reviews", result.Review!);
        }
    }
}

/// <summary>A new review as the API takes it.</summary>
/// <param name="Status">The new status ("false", "in_review", …).</param>
/// <param name="Rationale">Why.</param>
/// <param name="Evidence">http or https links.</param>
/// <param name="Version">The claim version the review is for (or send If-Match).</param>
public sealed record ReviewBody(string? Status, string? Rationale, IReadOnlyList<string>? Evidence, long? Version);
