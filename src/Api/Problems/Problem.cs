using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthExchange.Api.Problems;

/// <summary>An <see cref="ApiError"/> as an application/problem+json response: `code`, `titleZh`, `titleEn` beside RFC 9457's members.</summary>
internal static class Problem
{
    public static ProblemHttpResult Of(ApiError error, string? detail = null) => TypedResults.Problem(
        detail: detail,
        statusCode: error.Status,
        title: error.TitleEn,
        type: $"https://healthexchange.invalid/problems/{error.Code}",
        extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["titleZh"] = error.TitleZh, ["titleEn"] = error.TitleEn });
}
