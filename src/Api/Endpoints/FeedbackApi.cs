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
/// GET /api/v1/receipts and /api/v1/quarantine: a sender pulls its own feedback. Operators see every institution;
/// a hospital token only its own; a province token none (403): feedback is between a sender and the platform.
/// </summary>
internal static class FeedbackApi
{
    public static RouteGroupBuilder MapFeedbackApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("feedback").RequireAuthorization(ApiPolicies.OperatorOrHospital);
        group.MapGet("/receipts", ReceiptsAsync)
            .WithName("listReceipts")
            .WithSummary("批次回执 / receipts of batches and documents")
            .WithDescription("institution 机构代码; since 起始处理时间 (ISO 8601); limit ≤ 5000. rowsReceived 上传行数, rowsInserted 入库行数, rowsQuarantined 隔离行数, status loaded|dead_letter.")
            .Produces<IReadOnlyList<ReceiptEntry>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/quarantine", QuarantineAsync)
            .WithName("listQuarantine")
            .WithSummary("隔离数据及其问题（个人信息已脱敏）/ quarantined rows with their issues, personal data masked")
            .WithDescription("institution 机构代码; table 表代码; batch 批次号; limit ≤ 5000. Each issue: code 问题代码, messageZh, messageEn, column 字段, value (masked 已脱敏).")
            .Produces<IReadOnlyList<QuarantineEntry>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReceiptsAsync(string? institution, DateTimeOffset? since, int? limit,
        ClaimsPrincipal user, FeedbackQuery feedback, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > FeedbackQuery.MaxRows) return Problem.Of(ApiErrors.BadParameter, $"limit is 1..{FeedbackQuery.MaxRows}");
        if (!Caller.From(user).TryScope(institution, out var scope, out var refusal)) return refusal!;
        var receipts = await feedback.ReceiptsAsync(scope, since, limit ?? FeedbackQuery.MaxRows, cancellationToken);
        return Versioned.Bytes(ApiJson.Bytes(receipts), Negotiation.JsonType, await feedback.LastChangeAsync(cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QuarantineAsync(string? institution, string? table, string? batch, int? limit,
        ClaimsPrincipal user, FeedbackQuery feedback, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > FeedbackQuery.MaxRows) return Problem.Of(ApiErrors.BadParameter, $"limit is 1..{FeedbackQuery.MaxRows}");
        if (!Caller.From(user).TryScope(institution, out var scope, out var refusal)) return refusal!;
        var rows = await feedback.QuarantineAsync(scope, table, batch, limit ?? FeedbackQuery.MaxRows, cancellationToken);
        return Versioned.Bytes(ApiJson.Bytes(rows), Negotiation.JsonType, await feedback.LastChangeAsync(cancellationToken));
    }
}
