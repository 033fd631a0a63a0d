using HealthExchange.Api.Tokens;
using Microsoft.AspNetCore.Authorization;

namespace HealthExchange.Api.Security;

/// <summary>Which roles each endpoint group admits; a hospital is further held to its own institution by <see cref="Caller"/>.</summary>
internal static class ApiPolicies
{
    /// <summary>Every valid token: the registry, and the summaries (a hospital's cut to its own).</summary>
    public const string AnyRole = "any-role";

    /// <summary>The platform-wide tables: province jobs and operators.</summary>
    public const string ProvinceOrOperator = "province-or-operator";

    /// <summary>Senders' feedback (receipts, quarantine): operators, and a hospital for its own.</summary>
    public const string OperatorOrHospital = "operator-or-hospital";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AnyRole, policy => policy.RequireAuthenticatedUser());
        options.AddPolicy(ProvinceOrOperator, policy => policy.RequireRole(ApiRole.Province.ToWire(), ApiRole.Operator.ToWire()));
        options.AddPolicy(OperatorOrHospital, policy => policy.RequireRole(ApiRole.Operator.ToWire(), ApiRole.Hospital.ToWire()));
    }
}
