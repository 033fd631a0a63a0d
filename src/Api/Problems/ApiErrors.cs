namespace HealthExchange.Api.Problems;

/// <summary>
/// The HTTP API's error codes, HX5xxx (HX1xxx–HX4xxx are the findings about data, docs/validation.md). A client keys
/// its handling on the code; the titles say it in Chinese and English. docs/api.md lists them.
/// </summary>
internal static class ApiErrors
{
    public static readonly ApiError TokenMissing = new("HX5001", 401, "缺少访问令牌", "no bearer token given");
    public static readonly ApiError TokenInvalid = new("HX5002", 401, "访问令牌无效、已过期或已吊销", "the token is unknown, expired or revoked");
    public static readonly ApiError RoleForbidden = new("HX5003", 403, "该令牌的角色无权访问此接口", "the token's role may not use this endpoint");
    public static readonly ApiError OtherInstitution = new("HX5004", 403, "医疗机构令牌只能访问本机构的数据", "a hospital token reads only its own institution");
    public static readonly ApiError BadParameter = new("HX5010", 400, "请求参数无效", "a query parameter is invalid");
    public static readonly ApiError BadPeriod = new("HX5011", 400, "统计期无效", "the period is invalid");
    public static readonly ApiError RangeTooLarge = new("HX5012", 400, "请求的时间范围过大", "the requested range is too large");
    public static readonly ApiError BadCursor = new("HX5013", 400, "分页游标无效", "the page cursor is invalid");
    public static readonly ApiError FormatNotAcceptable = new("HX5020", 406, "该接口不提供所请求的格式", "the endpoint does not serve the requested format");
    public static readonly ApiError NotPublished = new("HX5030", 404, "该统计期尚未发布", "the period has not been published");
    public static readonly ApiError UnknownInstitution = new("HX5031", 404, "机构未注册", "the institution is not registered");

    public static IReadOnlyList<ApiError> All { get; } =
        [TokenMissing, TokenInvalid, RoleForbidden, OtherInstitution, BadParameter, BadPeriod, RangeTooLarge, BadCursor, FormatNotAcceptable, NotPublished, UnknownInstitution];
}
