using System.Text;
using HealthExchange.Api.Formats;
using HealthExchange.Api.Problems;
using HealthExchange.Api.Security;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using HealthExchange.Metrics.Reports;
using HealthExchange.Metrics.Summaries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthExchange.Api.Endpoints;

/// <summary>
/// GET /api/v1/reports/{period}: the platform's tables exactly as `hx report` renders them (the same writers), live or
/// as published. A published snapshot is kept as JSON per kind, so it is served as JSON and needs `kind`.
/// </summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/reports").WithTags("reports").RequireAuthorization(ApiPolicies.ProvinceOrOperator);
        group.MapGet("/{period}", GetAsync)
            .WithName("getReport")
            .WithSummary("平台月报/年报 / the platform's monthly or yearly tables")
            .WithDescription("period 统计期: 2022, 2022-04, 2022-04-15 or 2022-01-01..2022-03-31; kind 机构类别 hospital|district; " +
                "version published (已发布快照) | live (实时); format json|csv|xlsx or Accept. Fields as docs/metrics.md: rowsUploaded 数据上传量, " +
                "rowsLoaded 入库数据量, uploadDays 数据上传天数, outpatientVisits 门急诊信息上传人次, discharges 出院信息上传人次.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv", Negotiation.Xlsx])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(string period, string? kind, string? version, string? format,
        HttpRequest request, MetricsQuery metrics, PublishedReports published, FeedbackQuery feedback, CancellationToken cancellationToken)
    {
        if (!ReportPeriod.TryParse(period, out var parsed)) return Problem.Of(ApiErrors.BadPeriod, "use 2022, 2022-04, 2022-04-15 or 2022-01-01..2022-03-31");
        if (kind is not (null or "hospital" or "district")) return Problem.Of(ApiErrors.BadParameter, "kind must be hospital or district");
        if (version is not (null or "live" or "published")) return Problem.Of(ApiErrors.BadParameter, "version must be published or live");
        var chosen = version == "published"
            ? Negotiation.Choose(request, format, ResponseFormat.Json)
            : Negotiation.Choose(request, format, ResponseFormat.Json, ResponseFormat.Csv, ResponseFormat.Xlsx);
        if (chosen is not { } serve) return Problem.Of(ApiErrors.FormatNotAcceptable, version == "published" ? "a published snapshot is served as JSON" : "json, csv or xlsx");
        Negotiation.VaryOnAccept(request.HttpContext.Response);

        if (version == "published")
        {
            if (kind is null) return Problem.Of(ApiErrors.BadParameter, "a published snapshot is kept per kind: give kind=hospital or kind=district");
            if (await published.FindAsync(parsed.Label, kind, cancellationToken) is not { } snapshot)
                return Problem.Of(ApiErrors.NotPublished, $"{parsed.Label} {kind}");
            return Versioned.Bytes(Encoding.UTF8.GetBytes(snapshot.Json), Negotiation.JsonType, snapshot.PublishedAt);
        }

        // The same choice as `hx report`: machine formats one report for the kind asked, the workbook a sheet per kind.
        string?[] kinds = kind is not null || serve != ResponseFormat.Xlsx ? [kind] : ["district", "hospital"];
        var reports = new List<PlatformReport>();
        foreach (var each in kinds) reports.Add(await metrics.ReportAsync(parsed, each, cancellationToken));
        var body = serve switch
        {
            ResponseFormat.Csv => Encoding.UTF8.GetBytes(ReportWriters.Csv(reports[0], english: false)),
            ResponseFormat.Xlsx => Workbook(reports),
            _ => Encoding.UTF8.GetBytes(ReportWriters.JsonText(reports[0])),
        };
        return Versioned.Bytes(body, Negotiation.ContentType(serve), await feedback.LastChangeAsync(cancellationToken));
    }

    private static byte[] Workbook(IReadOnlyList<PlatformReport> reports)
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(stream, reports, english: false);
        return stream.ToArray();
    }
}
