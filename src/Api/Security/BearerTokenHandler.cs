using System.Security.Claims;
using System.Text.Encodings.Web;
using HealthExchange.Api.Problems;
using HealthExchange.Api.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthExchange.Api.Security;

/// <summary>
/// `Authorization: Bearer hx_…` checked against the token store. No token or a bad one is 401 (HX5001/HX5002);
/// a good token whose role the endpoint does not admit is 403 (HX5003): a client can tell "who are you" from "not you".
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "HxBearer";
    private const string FailureKey = "hx.auth.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            Context.Items[FailureKey] = ApiErrors.TokenMissing;
            return AuthenticateResult.NoResult();
        }
        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            Context.Items[FailureKey] = ApiErrors.TokenInvalid;
            return AuthenticateResult.Fail("token unknown, expired or revoked");
        }
        var claims = new List<Claim> { new(ClaimTypes.Role, token.Role.ToWire()), new(Caller.TokenIdClaim, token.Id) };
        if (token.Institution is not null) claims.Add(new Claim(Caller.InstitutionClaim, token.Institution));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var error = Context.Items[FailureKey] as ApiError ?? ApiErrors.TokenMissing;
        return Problem.Of(error).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Problem.Of(ApiErrors.RoleForbidden).ExecuteAsync(Context);
}
