using System.Globalization;
using System.Security.Claims;
using HealthExchange.Api.Formats;
using HealthExchange.Api.Problems;
using HealthExchange.Api.Security;
using HealthExchange.Metrics.Summaries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthExchange.Api.Endpoints;

/// <summary>
/// GET /api/v1/summaries: one row per institution and day or month with every published figure. JSON pages by cursor;
/// CSV and the Arrow IPC stream carry the whole range. A hospital token gets its own institution only.
/// </summary>
internal static class SummariesApi
{
    public const int DefaultPageSize = 1000;
    public const int MaxPageSize = 5000;

    public static RouteGroupBuilder MapSummariesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/summaries").WithTags("summaries").RequireAuthorization(ApiPolicies.AnyRole);
        group.MapGet("/", GetAsync)
            .WithName("getSummaries")
            .WithSummary("按机构与日/月的汇总指标 / figures per institution and day or month")
            .WithDescription("from, to 起止日期 (yyyy-MM-dd, inclusive); granularity day|month (按日/按月); kind hospital|district; institution 机构代码; " +
                "format json|csv|arrow or Accept (application/vnd.apache.arrow.stream); cursor and limit page the JSON. Columns: " +
                string.Join(", ", SummaryColumns.All.Select(column => $"{column.Key} {column.LabelZh}")) + ".")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv", Negotiation.ArrowStream])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(string? from, string? to, string? granularity, string? kind,
        string? institution, string? format, string? cursor, int? limit, HttpRequest request, ClaimsPrincipal user,
        SummaryQuery summaries, FeedbackQuery feedback, CancellationToken cancellationToken)
    {
        if (!TryDay(from, out var first) || !TryDay(to, out var last) || last < first)
            return Problem.Of(ApiErrors.BadPeriod, "from and to are days (yyyy-MM-dd), from <= to");
        if (granularity is not (null or "day" or "month")) return Problem.Of(ApiErrors.BadParameter, "granularity must be day or month");
        if (kind is not (null or "hospital" or "district")) return Problem.Of(ApiErrors.BadParameter, "kind must be hospital or district");
        if (limit is < 1 or > MaxPageSize) return Problem.Of(ApiErrors.BadParameter, $"limit is 1..{MaxPageSize}");
        var cut = granularity == "day" ? Granularity.Day : Granularity.Month;
        var slices = SummaryQuery.Slices(first, last, cut).Count;
        if (slices > (cut == Granularity.Day ? SummaryQuery.MaxDays : SummaryQuery.MaxMonths))
            return Problem.Of(ApiErrors.RangeTooLarge, $"at most {SummaryQuery.MaxDays} days or {SummaryQuery.MaxMonths} months per request");
        if (!Caller.From(user).TryScope(institution, out var scope, out var refusal)) return refusal!;
        if (Negotiation.Choose(request, format, ResponseFormat.Json, ResponseFormat.Csv, ResponseFormat.Arrow) is not { } serve)
            return Problem.Of(ApiErrors.FormatNotAcceptable, "json, csv or arrow");
        Negotiation.VaryOnAccept(request.HttpContext.Response);

        var query = $"{first}|{last}|{cut}|{kind}|{scope}";
        if (!PageCursor.TryDecode(cursor, query, out var offset)) return Problem.Of(ApiErrors.BadCursor);
        var rows = await summaries.RowsAsync(first, last, cut, kind, scope, cancellationToken);
        var lastChange = await feedback.LastChangeAsync(cancellationToken);
        switch (serve)
        {
            case ResponseFormat.Csv: return Versioned.Bytes(SummaryCsv.Write(rows), Negotiation.CsvType, lastChange);
            case ResponseFormat.Arrow: return Versioned.Bytes(await SummaryArrow.WriteAsync(rows, cancellationToken), Negotiation.ArrowStream, lastChange);
        }
        var size = limit ?? DefaultPageSize;
        var page = rows.Skip(offset).Take(size).Select(SummaryColumns.Fields).ToList();
        var next = offset + size < rows.Count ? PageCursor.Encode(offset + size, query) : null;
        var body = ApiJson.Bytes(new { from = first, to = last, granularity = granularity ?? "month", total = rows.Count, rows = page, nextCursor = next });
        return Versioned.Bytes(body, Negotiation.JsonType, lastChange);
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
