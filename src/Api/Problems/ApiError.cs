namespace HealthExchange.Api.Problems;

/// <summary>One stable HTTP error of the platform: its code, status and zh/en titles (problem+json, RFC 9457).</summary>
internal sealed record ApiError(string Code, int Status, string TitleZh, string TitleEn);
