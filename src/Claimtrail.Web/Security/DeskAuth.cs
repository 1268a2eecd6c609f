using System.Security.Claims;
using Claimtrail.Users;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Claimtrail.Web.Security;

/// <summary>Sign-in with a cookie (people) or a bearer API token (scripts); roles viewer, reviewer, admin.</summary>
public static class DeskAuth
{
    public const string Scheme = "desk";
    public const string TokenScheme = "token";
    public const string ReviewerPolicy = "reviewer";
    public const string AdminPolicy = "admin";

    /// <summary>The role claims of an account: its role and every role below it.</summary>
    public static ClaimsPrincipal Principal(DeskUser user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name) };
        claims.AddRange(Enum.GetValues<DeskRole>().Where(r => r <= user.Role).Select(r => new Claim(ClaimTypes.Role, Names.Code(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static bool IsReviewer(this ClaimsPrincipal user) => user.IsInRole(Names.Code(DeskRole.Reviewer));

    public static IServiceCollection AddDeskAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API token", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                        ? TokenScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "claimtrail";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/Status/403";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;

                // The API answers 401 and 403; only pages redirect to the sign-in form.
                options.Events.OnRedirectToLogin = context => ApiStatusOr(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiStatusOr(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenScheme, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ReviewerPolicy, policy => policy.RequireRole(Names.Code(DeskRole.Reviewer)))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Names.Code(DeskRole.Admin)));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<Accounts>();
        return services;
    }

    private static Task ApiStatusOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
