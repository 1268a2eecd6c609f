using System.Globalization;
using Claimtrail.Web.Security;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claimtrail.Web.Pages;

[AllowAnonymous]
public sealed class SignInModel(Accounts accounts, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? string.Empty;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(name, address) is { } wait)
        {
            Error = string.Create(CultureInfo.InvariantCulture, $"Too many failed sign-ins. Try again in {Math.Ceiling(wait.TotalMinutes)} minutes.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var user = name.Length == 0 || string.IsNullOrEmpty(Password) ? null : await accounts.CheckAsync(name, Password, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            throttle.Failed(name, address);
            Error = "Wrong name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        throttle.Succeeded(name);
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DeskAuth.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return LocalRedirect("/signin");
    }
}
