using System.Text.Encodings.Web;
using Claimtrail.Json;
using Claimtrail.Ledger;
using Claimtrail.Pipeline;
using Claimtrail.Sources.Web;
using Claimtrail.Web.Apis;
using Claimtrail.Web.Security;
using Claimtrail.Web.Services;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web;

/// <summary>Composes the desk: services, middleware, pages and APIs. <c>Program</c> and <c>claimtrail serve</c> both start it here.</summary>
public static class DeskApp
{
    /// <summary>Builds the application from command-line style arguments (<c>--urls</c>, <c>--Desk:Database PATH</c>).</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // Pages are compiled into this assembly; naming it keeps them found when another program (the CLI) hosts the desk.
            ApplicationName = typeof(DeskApp).Assembly.GetName().Name,
        });
        AddServices(builder.Services);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddOptions<DeskOptions>().BindConfiguration(DeskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILedger>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DeskOptions>>().Value;

            // Opened once, when first asked for (LedgerWarmup asks at start); a DI factory cannot await, and
            // ASP.NET Core has no synchronisation context to deadlock on.
            return LedgerFactory.OpenAsync(LedgerTarget.Parse(options.Database), create: true, provider.GetRequiredService<TimeProvider>())
                .GetAwaiter().GetResult().Ledger;
        });
        // The roles a part may ask for alone are the one open ledger.
        services.AddSingleton<IClaimReader>(provider => provider.GetRequiredService<ILedger>());
        services.AddSingleton<IDeskAccounts>(provider => provider.GetRequiredService<ILedger>());
        services.AddSingleton<IDeskPlaces>(provider => provider.GetRequiredService<ILedger>());
        services.AddSingleton<IMediaLedger>(provider => provider.GetRequiredService<ILedger>());
        services.AddSingleton<IMediaLedger>(provider => provider.GetRequiredService<ILedger>());
        services.AddHostedService<LedgerWarmup>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DeskOptions>>().Value;
            return new WebFetcher(
                new WebFetchOptions
                {
                    AllowPrivate = options.AllowPrivateFetch,
                    AllowPrivateHint = "this desk fetches no private address unless its administrator sets Desk:AllowPrivateFetch",
                },
                provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<LedgerPipeline>();
        services.AddSingleton<DeskMatching>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<MediaUploadService>();
        services.AddSingleton<LedgerCountsCache>();
        services.AddSingleton<ClaimTotalsCache>();
        services.AddSingleton<ClaimReadCache>();
        services.AddSingleton<MediaViewCache>();
        services.AddDeskAuth();
        services.AddRazorPages();
        services.AddOpenApi();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "claimtrail-af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddProblemDetails();

        // The API speaks the analysis contract's JSON: camelCase, enums as "no_comment", spans as [start, end].
        services.ConfigureHttpJsonOptions(options =>
        {
            var contract = AnalysisJson.Compact;
            options.SerializerOptions.PropertyNamingPolicy = contract.PropertyNamingPolicy;
            options.SerializerOptions.DefaultIgnoreCondition = contract.DefaultIgnoreCondition;

            // Unlike the CLI's output, API JSON may end up inside a page: escape <, >, & and quotes.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            foreach (var converter in contract.Converters)
            {
                options.SerializerOptions.Converters.Add(converter);
            }
        });
    }

    private static void UsePipeline(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // Pages get a page for an error status; the API keeps its bare status or ProblemDetails.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            branch => branch.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapEmbeddedAssets();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapGroup("/api").MapClaimsApi().MapReviewsApi().MapIngestApi().MapPublishingApi();
        app.MapFeed();
    }
}
