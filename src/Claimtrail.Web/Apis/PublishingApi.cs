using System.Text.Json;
using System.Text.Json.Nodes;
using Claimtrail.Ledger;
using Claimtrail.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Apis;

/// <summary>Published verdicts: a claim's ClaimReview JSON-LD, and a public JSON Feed of the latest ones.</summary>
public static class PublishingApi
{
    public const int FeedSize = 50;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RouteGroupBuilder MapPublishingApi(this RouteGroupBuilder api)
    {
        // Published verdicts are public by nature: no sign-in to read them.
        api.MapGet("/claims/{id}/claimreview", GetAsync).WithTags("Publishing").AllowAnonymous();
        return api;
    }

    public static IEndpointRouteBuilder MapFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.json", FeedAsync).WithTags("Publishing").AllowAnonymous();
        return endpoints;
    }

    public static PublishSettings Settings(HttpContext context, DeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicUrl)
            ? context.Request.Scheme + "://" + context.Request.Host.ToUriComponent() + context.Request.PathBase.ToUriComponent()
            : options.PublicUrl;
        return new PublishSettings(baseUrl.TrimEnd('/'), options.Publisher);
    }

    public static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        ILedger ledger, IOptions<DeskOptions> options, HttpContext context, string id, CancellationToken cancellationToken)
    {
        var claim = await ledger.GetClaimAsync(id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var document = ClaimReviewJson.Create(claim, Settings(context, options.Value));
        if (document is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not published",
                detail: "The claim has no final verdict yet (it is unverified or in review).");
        }

        return TypedResults.Content(document.ToJsonString(Indented), "application/ld+json; charset=utf-8");
    }

    /// <summary>A JSON Feed 1.1 of the latest published verdicts, each item carrying its ClaimReview.</summary>
    public static async Task<ContentHttpResult> FeedAsync(ILedger ledger, IOptions<DeskOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        var settings = Settings(context, options.Value);
        var items = new JsonArray();
        foreach (var claim in await PublishedReviews.ListAsync(ledger, FeedSize, cancellationToken).ConfigureAwait(false))
        {
            var review = ClaimReviewJson.Create(claim, settings)!;
            var rating = review["reviewRating"]!["alternateName"]!.GetValue<string>();
            items.Add(new JsonObject
            {
                ["id"] = review["url"]!.GetValue<string>(),
                ["url"] = review["url"]!.GetValue<string>(),
                ["title"] = rating + ": " + review["claimReviewed"]!.GetValue<string>(),
                ["content_text"] = claim.Reviews[^1].Rationale,
                ["date_published"] = claim.Reviews[^1].At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["authors"] = new JsonArray(new JsonObject { ["name"] = settings.Publisher }),
                ["_claimreview"] = review,
            });
        }

        var feed = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = settings.Publisher + ": published reviews",
            ["home_page_url"] = settings.BaseUrl + "/",
            ["feed_url"] = settings.BaseUrl + "/feed.json",
            ["items"] = items,
        };
        return TypedResults.Content(feed.ToJsonString(Indented), "application/feed+json; charset=utf-8");
    }
}
