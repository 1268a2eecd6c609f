using System.Text.Encodings.Web;
using Claimtrail.Ledger;
using Claimtrail.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer ct_…</c> by looking up the token's hash in the ledger.</summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDeskAccounts ledger)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Claimtrail API token.");
        }

        var user = await ledger.FindApiTokenUserAsync(ApiTokens.Hash(token), Context.RequestAborted).ConfigureAwait(false);
        return user is null
            ? AuthenticateResult.Fail("Unknown API token.")
            : AuthenticateResult.Success(new AuthenticationTicket(DeskAuth.Principal(user, DeskAuth.TokenScheme), DeskAuth.TokenScheme));
    }
}
