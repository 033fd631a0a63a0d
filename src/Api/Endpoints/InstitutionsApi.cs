using HealthExchange.Api.Formats;
using HealthExchange.Api.Security;
using HealthExchange.Metrics.Summaries;
using HealthExchange.Validation.Checking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthExchange.Api.Endpoints;

/// <summary>GET /api/v1/institutions: the registry and each institution's declaration in force today (Asia/Shanghai).</summary>
internal static class InstitutionsApi
{
    public static RouteGroupBuilder MapInstitutionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/institutions").WithTags("institutions").RequireAuthorization(ApiPolicies.AnyRole);
        group.MapGet("/", ListAsync)
            .WithName("listInstitutions")
            .WithSummary("机构注册表与现行申明 / the institution registry and the declaration in force")
            .WithDescription("code 机构代码, name 机构名称, kind 机构类别 (hospital 医院 / district 区县平台), uploadMethod 上传方式, affiliation 隶属关系 (GB/T 12404: 中央, 省, 市, 县, 乡镇街道, 村居, 其他; null = 未登记 not recorded), declaredTables 申明上传表 (null = 未反馈).")
            .Produces<IReadOnlyList<InstitutionEntry>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    private static async Task<FileContentHttpResult> ListAsync(InstitutionDirectory directory, FeedbackQuery feedback, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(PlatformTime.ToLocal(time.GetUtcNow()));
        var institutions = await directory.ListAsync(today, cancellationToken);
        return Versioned.Bytes(ApiJson.Bytes(institutions), Negotiation.JsonType, await feedback.LastChangeAsync(cancellationToken));
    }
}
