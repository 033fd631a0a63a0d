using System.Globalization;
using HealthExchange.Api.Tokens;
using Microsoft.AspNetCore.Http;

namespace HealthExchange.Api.Dashboard;

/// <summary>POST /dashboard/thresholds: an operator sets the stored colouring thresholds (same rules as a replay: operator token, own origin).</summary>
internal static partial class DashboardEndpoints
{
    private static async Task<IResult> SetThresholdsAsync(HttpContext context, string? period, string? lang, TokenStore tokens, ThresholdStore store,
        CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (token.Role != ApiRole.Operator || !FromOwnOrigin(context.Request)) return Refused(text, context);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var figure in ThresholdFigures.All)
        {
            var raw = form[figure.Key].ToString().Trim();
            if (raw.Length == 0) continue;
            if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100
                || decimal.Round(percent, 2) != percent)
                return Page(text, context, t => t["thresholds"], t => $"<p class=\"error\" id=\"bad-threshold\">{Dashboard.Html.E(t["badThreshold"])}</p>",
                    status: StatusCodes.Status400BadRequest);
            values[figure.Key] = percent;
        }
        await store.SetAsync(values, token.Id, cancellationToken);
        return Results.Redirect($"/dashboard?period={Uri.EscapeDataString(period ?? "")}&lang={text.Lang}");
    }
}
