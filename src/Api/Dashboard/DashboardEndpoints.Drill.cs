using System.Globalization;
using HealthExchange.Api.Tokens;
using HealthExchange.Ingest.Cda;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Processing;
using HealthExchange.Metrics.Periods;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The drill-down's dead letters (list, replay) and CDA documents (findings, the original bytes). Every read is bound
/// to the institution in the URL, so a hospital token that may view only its own code reaches nothing of another's.
/// </summary>
internal static partial class DashboardEndpoints
{
    private static void MapDeadLettersAndDocuments(RouteGroupBuilder group)
    {
        group.MapGet("/institutions/{code}/dead-letters", DeadLettersAsync);
        group.MapPost("/institutions/{code}/dead-letters/{id:long}/replay", ReplayAsync);
        group.MapGet("/institutions/{code}/documents", DocumentsAsync);
        group.MapGet("/institutions/{code}/documents/{document}/original", OriginalAsync);
    }

    private static async Task<IResult> DeadLettersAsync(HttpContext context, string code, string? period, string? lang, long? replayed, string? outcome,
        TokenStore tokens, NpgsqlDataSource dataSource, DeadLetterReplay replay, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var letters = await DeadLettersOfAsync(dataSource, code, parsed, cancellationToken);
        // Only the three outcomes a replay has are echoed, so the query string cannot put words on the page.
        var shown = replayed is { } id && outcome is "loaded" or "duplicate" or "dead_letter"
            ? $"{text["replayDone"]} {id.ToString(CultureInfo.InvariantCulture)}: {outcome}" : null;
        return Page(text, context, t => $"{code} · {t["deadLetters"]}",
            t => DeadLetterPage.Body(code, letters, parsed.Label, token.Role == ApiRole.Operator, replay.Available, shown, t));
    }

    /// <summary>
    /// Replays one dead letter of the institution through `hx dlq replay`'s own replayer. Operators only; the request
    /// must be a POST from this dashboard's own origin (the session cookie is SameSite=Strict, and the Origin header —
    /// which browsers send with every POST — must name this host), so another site cannot make a signed-in operator's
    /// browser replay anything.
    /// </summary>
    private static async Task<IResult> ReplayAsync(HttpContext context, string code, long id, string? period, string? lang, TokenStore tokens,
        NpgsqlDataSource dataSource, DeadLetterReplay replay, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (token.Role != ApiRole.Operator || !FromOwnOrigin(context.Request)) return Refused(text, context);
        var filter = new DeadLetterFilter([id], code, null, null, IncludeReplayed: true);
        if ((await DeadLetterQuery.ListAsync(dataSource, filter, cancellationToken)).Count == 0) return NotFound(text, context);
        if (replay.Replayer is null)
            return Page(text, context, t => t["deadLetters"],
                t => $"<p class=\"error\" id=\"replay-unavailable\">{Dashboard.Html.E(t["replayUnavailable"])} <code>hx dlq replay {id.ToString(CultureInfo.InvariantCulture)}</code></p>",
                status: StatusCodes.Status409Conflict);
        var results = await replay.Replayer.ReplayAsync(filter with { IncludeReplayed = false }, cancellationToken);
        var outcome = results.Count == 0 ? "duplicate" : results[0].Result.Status switch
        {
            BatchStatus.Loaded => "loaded",
            BatchStatus.Duplicate => "duplicate",
            _ => "dead_letter",
        };
        var back = $"/dashboard/institutions/{Uri.EscapeDataString(code)}/dead-letters?period={Uri.EscapeDataString(period ?? "")}&lang={text.Lang}" +
                   $"&replayed={id.ToString(CultureInfo.InvariantCulture)}&outcome={outcome}";
        return Results.Redirect(back, permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> DocumentsAsync(HttpContext context, string code, string? period, string? lang, TokenStore tokens,
        NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        if (Period(period, time) is not { } parsed) return NotFound(text, context);
        var documents = await CdaDocumentQuery.ListAsync(dataSource, code, parsed.From, parsed.To, cancellationToken);
        return Page(text, context, t => $"{code} · {t["documents"]}", t => DocumentsPage.Body(code, documents, parsed.Label, t));
    }

    /// <summary>The document byte for byte, as `hx cda get DOCUMENT_ID --institution CODE` writes it.</summary>
    private static async Task<IResult> OriginalAsync(HttpContext context, string code, string document, string? lang, TokenStore tokens,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var text = DashboardText.From(lang);
        if (await DashboardSession.FindAsync(context, tokens) is not { } token) return ToLogin(text);
        if (!DashboardSession.MayView(token, code)) return Forbidden(text, context);
        // (institution, document id) is the table's key, so with the institution given there is at most one.
        if (await CdaDocumentStore.GetAsync(dataSource, document, code, cancellationToken) is not { } stored) return NotFound(text, context);
        var name = string.Concat(document.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".xml";
        return Results.File(stored.Original, "application/xml", name);
    }

    private static async Task<IReadOnlyList<StoredDeadLetter>> DeadLettersOfAsync(NpgsqlDataSource dataSource, string code, ReportPeriod period,
        CancellationToken cancellationToken)
    {
        // Npgsql writes timestamptz only from UTC offsets.
        var from = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var to = new DateTimeOffset(period.To.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var letters = await DeadLetterQuery.ListAsync(dataSource, new DeadLetterFilter([], code, null, from, IncludeReplayed: true), cancellationToken);
        return letters.Where(letter => letter.ReceivedAt < to).OrderByDescending(letter => letter.Id).Take(500).ToList();
    }

    /// <summary>The Origin header of the POST names this very scheme and host (absent counts as foreign).</summary>
    private static bool FromOwnOrigin(HttpRequest request) =>
        request.Headers.Origin.ToString() is { Length: > 0 } origin
        && string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    private static IResult Refused(DashboardText text, HttpContext context) =>
        Page(text, context, t => t["forbidden"], t => $"<p class=\"error\" id=\"refused\">HX5003 {Dashboard.Html.E(t["replayRefused"])}</p>", status: StatusCodes.Status403Forbidden);
}
