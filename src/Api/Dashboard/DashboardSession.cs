using HealthExchange.Api.Tokens;
using Microsoft.AspNetCore.Http;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The browser's session: the API token itself, kept in an HttpOnly, SameSite=Strict cookie so page scripts cannot
/// read it and no other site can send it; each request looks it up in the token store, so a revoked token ends
/// the session at once. The token store keeps only hashes; the cookie is the caller's own copy.
/// </summary>
internal static class DashboardSession
{
    public const string CookieName = "hx_dashboard";

    public static async Task<ApiToken?> FindAsync(HttpContext context, TokenStore tokens)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var secret) || string.IsNullOrWhiteSpace(secret)) return null;
        return await tokens.FindActiveAsync(secret, context.RequestAborted);
    }

    public static void Start(HttpContext context, string secret, ApiToken token) =>
        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/dashboard",
            Expires = token.ExpiresAt,
        });

    public static void End(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/dashboard" });

    /// <summary>An operator or province token sees every institution; a hospital token only its own.</summary>
    public static bool MayView(ApiToken token, string institution) => token.Role != ApiRole.Hospital || token.Institution == institution;
}
