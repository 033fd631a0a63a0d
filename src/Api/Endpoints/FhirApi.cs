using System.Security.Claims;
using HealthExchange.Api.Fhir;
using HealthExchange.Api.Formats;
using HealthExchange.Api.Problems;
using HealthExchange.Api.Security;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Summaries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthExchange.Api.Endpoints;

/// <summary>
/// GET /fhir/Measure and /fhir/MeasureReport?period=&amp;subject=: the published figures as FHIR R4 (application/fhir+json),
/// a searchset Bundle each. A hospital token reads its own MeasureReports only.
/// </summary>
internal static class FhirApi
{
    public const string FhirJson = "application/fhir+json; charset=utf-8";

    public static RouteGroupBuilder MapFhirApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/fhir").WithTags("fhir").RequireAuthorization(ApiPolicies.AnyRole);
        group.MapGet("/Measure", Measures)
            .WithName("fhirMeasures")
            .WithSummary("指标定义（FHIR Measure）/ one FHIR R4 Measure per published figure")
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json");
        group.MapGet("/MeasureReport", ReportsAsync)
            .WithName("fhirMeasureReports")
            .WithSummary("机构指标报告（FHIR MeasureReport）/ a summary MeasureReport per institution for a period")
            .WithDescription("period 统计期 (2022-04, 2022, 2022-04-15 or a range); subject 机构代码 (optional: all institutions).")
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static FileContentHttpResult Measures() =>
        // The definitions change only with a release: the bundle's timestamp is fixed (the Unix epoch) so that identical
        // definitions give identical bytes, hence the same ETag.
        Versioned.Bytes(FhirWriter.Bytes(FhirWriter.Measures(DateTimeOffset.UnixEpoch)), FhirJson, null);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportsAsync(string? period, string? subject, ClaimsPrincipal user,
        SummaryQuery summaries, FeedbackQuery feedback, CancellationToken cancellationToken)
    {
        if (!ReportPeriod.TryParse(period, out var parsed)) return Problem.Of(ApiErrors.BadPeriod, "period=2022-04 (or 2022, 2022-04-15, 2022-01-01..2022-03-31)");
        if (!Caller.From(user).TryScope(subject, out var scope, out var refusal)) return refusal!;
        // One report for the whole period asked (a year is one MeasureReport, not twelve).
        var rows = await summaries.PeriodRowsAsync(parsed, scope, cancellationToken);
        var lastChange = await feedback.LastChangeAsync(cancellationToken);
        return Versioned.Bytes(FhirWriter.Bytes(FhirWriter.Reports(rows, lastChange ?? DateTimeOffset.UnixEpoch)), FhirJson, lastChange);
    }
}
