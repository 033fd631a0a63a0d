namespace HealthExchange.Api.Tokens;

/// <summary>
/// Who a token speaks for: a province job (summaries and reports of every institution), a platform operator
/// (everything, personal data masked), or one hospital or district platform (only its own feedback and figures).
/// </summary>
public enum ApiRole
{
    Province,
    Operator,
    Hospital,
}

public static class ApiRoleNames
{
    public static string ToWire(this ApiRole role) => role switch
    {
        ApiRole.Province => "province",
        ApiRole.Operator => "operator",
        _ => "hospital",
    };

    public static bool TryParse(string? text, out ApiRole role)
    {
        role = text switch { "province" => ApiRole.Province, "operator" => ApiRole.Operator, "hospital" => ApiRole.Hospital, _ => (ApiRole)(-1) };
        return Enum.IsDefined(role);
    }
}
