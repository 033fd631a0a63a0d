using System.Globalization;
using HealthExchange.Api.Tokens;
using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using HealthExchange.Metrics.Summaries;
using HealthExchange.Validation.Catalogues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The operator dashboard under /dashboard: server-rendered pages with stable URLs (period and lang in the query),
/// signed in by a cookie that carries an API token. Operators and province tokens see every institution; a hospital
/// token is sent to its own institution and gets 403 on any other's page.
/// </summary>
internal static partial class DashboardEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static void MapDashboard(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/dashboard").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/assets/dashboard.css", () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8"));
        group.MapGet("/login", (string? lang) => Page(DashboardText.From(lang), "/dashboard/login", "", t => t["login"], t => LoginPage.Body(t, false), signedIn: false));
        group.MapPost("/login", LoginAsync);
        group.MapPost("/logout", (HttpContext context) => { DashboardSession.End(context); return Results.Redirect("/dashboard/login"); });
        group.MapGet("", HomeAsync);
        group.MapGet("/institutions/{code}", InstitutionAsync);
        group.MapGet("/institutions/{code}/tables/{table}", TableAsync);
        group.MapGet("/institutions/{code}/batches/{batch}", (HttpContext c, string code, string batch, string? lang, CancellationToken ct) => BatchAsync(c, code, batch, null, lang, ct));
        group.MapGet("/institutions/{code}/batches/{batch}/rows/{row:int}", (HttpContext c, string code, string batch, int row, string? lang, CancellationToken ct) => BatchAsync(c, code, batch, row, lang, ct));
        group.MapGet("/alerts", AlertsAsync);
        group.MapPost("/thresholds", SetThresholdsAsync);
        MapDeadLettersAndDocuments(group);
    }

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("HealthExchange.Api.Dashboard.dashboard.css")
            ?? throw new InvalidOperationException("the dashboard stylesheet is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static async Task<IResult> LoginAsync(HttpContext context, string? lang, TokenStore tokens)
    {
        var text = DashboardText.From(lang);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var secret = form["token"].ToString().Trim();
        var token = secret.Length == 0 ? null : await tokens.FindActiveAsync(secret, context.RequestAborted);
        if (token is null)
            return Page(text, "/dashboard/login", "", t => t["login"], t => LoginPage.Body(t, true), signedIn: false, status: StatusCodes.Status401Unauthorized);
        DashboardSession.Start(context, secret, token);
        return Results.Redirect(Landing(token, text));
    }

    private static string Landing(ApiToken token, DashboardText text) => token.Role == ApiRole.Hospital && token.Institution is { } own
        ? $"/dashboard/institutions/{Uri.EscapeDataString(own)}?lang={text.Lang}"
        : $"/dashboard?lang={text.Lang}";

    private static async Task<IResult> HomeAsync(HttpContext context, string? period, string? lang, decimal? threshold, TokenStore tokens,
        MetricsQuery metrics, PublishedReports published, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (token.Role == ApiRole.Hospital) return Results.Redirect(Landing(token, text));
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var publisher = new ReportPublisher(dataSource, metrics);
        var tables = new List<HomePage.Table>();
        foreach (var kind in new[] { "district", "hospital" })
        {
            var report = await metrics.ReportAsync(parsed, kind, cancellationToken);
            var snapshot = await published.FindAsync(parsed.Label, kind, cancellationToken);
            var restated = snapshot is null ? [] : await publisher.RestatementsAsync(parsed, kind, cancellationToken);
            tables.Add(new HomePage.Table(report, restated, snapshot?.PublishedAt));
        }
        var thresholds = await ThresholdsAsync(context, threshold, cancellationToken);
        return Page(text, context, t => t["home"], t => HomePage.Body(tables, parsed.Label, thresholds, JudgedDays(parsed, time), token.Role == ApiRole.Operator, t));
    }

    /// <summary>The stored thresholds; ?threshold= overrides the two real-time rates for this one view (a link can carry it).</summary>
    private static async Task<IReadOnlyDictionary<string, decimal>> ThresholdsAsync(HttpContext context, decimal? rateOverride, CancellationToken cancellationToken)
    {
        var stored = await context.RequestServices.GetRequiredService<ThresholdStore>().CurrentAsync(cancellationToken);
        if (rateOverride is not { } rate) return stored;
        return new Dictionary<string, decimal>(stored, StringComparer.Ordinal) { ["outpatientRealtimeRate"] = rate, ["dischargeRealtimeRate"] = rate };
    }

    /// <summary>The days of the period up to today (Asia/Shanghai) inclusive: a month still running is judged on its days so far.</summary>
    private static int JudgedDays(ReportPeriod period, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var end = today < period.To ? today.AddDays(1) : period.To;
        return Math.Max(0, end.DayNumber - period.From.DayNumber);
    }

    private static async Task<IResult> InstitutionAsync(HttpContext context, string code, string? period, string? lang, decimal? threshold, TokenStore tokens,
        MetricsQuery metrics, InstitutionDirectory directory, DashboardQuery query, CatalogueSet catalogues, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var institution = (await directory.ListAsync(parsed.To.AddDays(-1), cancellationToken)).FirstOrDefault(each => each.Code == code);
        if (institution is null) return NotFound(text, context);
        var report = await metrics.ReportAsync(parsed, institution.Kind, cancellationToken);
        var figures = report.Institutions.FirstOrDefault(row => row.Code == code);
        var days = await query.DailyAsync(code, parsed, cancellationToken);
        var counts = await query.TablesAsync(code, parsed, cancellationToken);
        var thresholds = await ThresholdsAsync(context, threshold, cancellationToken);
        var catalogue = catalogues.ById(institution.CatalogueId) ?? (InstitutionKindNames.TryParse(institution.Kind, out var kind) ? catalogues.Find(kind) : null);
        var daily = new InstitutionPage.Daily(await metrics.DailyRealtimeRatesAsync(code, catalogue, parsed, cancellationToken),
            await metrics.UploadDaysAsync(code, parsed, cancellationToken), parsed.From, parsed.To);
        return Page(text, context, _ => institution.Name,
            t => InstitutionPage.Body(institution, figures, days, daily, counts, catalogue, parsed.Label, thresholds, t));
    }

    private static async Task<IResult> TableAsync(HttpContext context, string code, string table, string? period, string? lang, TokenStore tokens,
        DashboardQuery query, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var batches = await query.BatchesAsync(code, table, parsed, cancellationToken);
        return Page(text, context, t => $"{code} · {table} · {parsed.Label}", t => DrillPages.Batches(code, table, batches, t));
    }

    private static async Task<IResult> BatchAsync(HttpContext context, string code, string batch, int? row, string? lang, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, services.GetRequiredService<TokenStore>()) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        if (await services.GetRequiredService<DashboardQuery>().BatchAsync(code, batch, cancellationToken) is not { } receipt) return NotFound(text, context);
        var rows = await services.GetRequiredService<FeedbackQuery>().QuarantineAsync(code, null, batch, FeedbackQuery.MaxRows, cancellationToken);
        return Page(text, context, t => $"{code} · {batch}", t => DrillPages.Batch(receipt, rows, row, t));
    }

    private static async Task<IResult> AlertsAsync(HttpContext context, string? period, string? lang, TokenStore tokens, NpgsqlDataSource dataSource,
        CatalogueSet catalogues, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var alerts = await new AlertQuery(dataSource, catalogues).AlertsAsync(parsed, cancellationToken);
        var visible = alerts.Where(alert => DashboardSession.MayView(token, alert.Institution)).ToList();
        return Page(text, context, t => t["alerts"], t => AlertsPage.Body(visible, parsed.Label, t));
    }

    /// <summary>The period asked for, or the current month in Asia/Shanghai (the platform's reporting day).</summary>
    private static ReportPeriod? Period(string? text, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text))
            text = time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return ReportPeriod.TryParse(text, out var period) ? period : null;
    }

    private static IResult ToLogin(DashboardText text) => Results.Redirect($"/dashboard/login?lang={text.Lang}");

    private static IResult Forbidden(DashboardText text, HttpContext context) =>
        Page(text, context, t => t["forbidden"], t => $"<p class=\"error\" id=\"forbidden\">HX5004 {Dashboard.Html.E(t["forbidden"])}</p>", status: StatusCodes.Status403Forbidden);

    private static IResult NotFound(DashboardText text, HttpContext context) =>
        Page(text, context, t => t["notFound"], t => $"<p class=\"error\">{Dashboard.Html.E(t["notFound"])}</p>", status: StatusCodes.Status404NotFound);

    private static IResult Page(DashboardText text, HttpContext context, Func<DashboardText, string> heading, Func<DashboardText, string> body, int status = 200) =>
        Page(text, context.Request.Path, context.Request.QueryString.Value ?? "", heading, body, signedIn: true, status);

    private static IResult Page(DashboardText text, string path, string query, Func<DashboardText, string> heading, Func<DashboardText, string> body,
        bool signedIn, int status = 200) =>
        Results.Content(Dashboard.Html.Page(text, path, query, heading(text), body(text), signedIn), Html, null, status);
}
