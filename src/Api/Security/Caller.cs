using System.Security.Claims;
using HealthExchange.Api.Problems;
using HealthExchange.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthExchange.Api.Security;

/// <summary>The authenticated token's role and institution, and the one rule that keeps a hospital to its own data.</summary>
internal sealed record Caller(ApiRole Role, string? Institution)
{
    public const string InstitutionClaim = "hx:institution";
    public const string TokenIdClaim = "hx:token";

    public static Caller From(ClaimsPrincipal user)
    {
        if (!ApiRoleNames.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role))
            throw new InvalidOperationException("an authenticated caller always carries a role claim");
        return new Caller(role, user.FindFirstValue(InstitutionClaim));
    }

    /// <summary>
    /// The institution filter a request may use: a hospital gets its own whether it asked or not, and a 403 (HX5004)
    /// when it asked for another's; other roles get what they asked for (null = all).
    /// </summary>
    public bool TryScope(string? requested, out string? scope, out ProblemHttpResult? refusal)
    {
        refusal = null;
        scope = requested;
        if (Role != ApiRole.Hospital) return true;
        if (requested is not null && requested != Institution)
        {
            refusal = Problem.Of(ApiErrors.OtherInstitution, $"this token is bound to {Institution}");
            return false;
        }
        scope = Institution;
        return true;
    }
}
