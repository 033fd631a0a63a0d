using System.Net;
using System.Text.Json;
using HealthExchange.Api.Tokens;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>Every endpoint against every role over real HTTP: 401 without a valid token, 403 for a role it does not admit.</summary>
public sealed class RoleTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    public static TheoryData<string, string, HttpStatusCode> Matrix => new()
    {
        { "/api/v1/institutions", "province", HttpStatusCode.OK },
        { "/api/v1/institutions", "operator", HttpStatusCode.OK },
        { "/api/v1/institutions", "hospital", HttpStatusCode.OK },
        { "/api/v1/reports/2022-04", "province", HttpStatusCode.OK },
        { "/api/v1/reports/2022-04", "operator", HttpStatusCode.OK },
        { "/api/v1/reports/2022-04", "hospital", HttpStatusCode.Forbidden },
        { "/api/v1/summaries?from=2022-04-01&to=2022-04-30", "province", HttpStatusCode.OK },
        { "/api/v1/summaries?from=2022-04-01&to=2022-04-30", "operator", HttpStatusCode.OK },
        { "/api/v1/summaries?from=2022-04-01&to=2022-04-30", "hospital", HttpStatusCode.OK },
        { "/api/v1/receipts", "province", HttpStatusCode.Forbidden },
        { "/api/v1/receipts", "operator", HttpStatusCode.OK },
        { "/api/v1/receipts", "hospital", HttpStatusCode.OK },
        { "/api/v1/quarantine", "province", HttpStatusCode.Forbidden },
        { "/api/v1/quarantine", "operator", HttpStatusCode.OK },
        { "/api/v1/quarantine", "hospital", HttpStatusCode.OK },
        { "/fhir/Measure", "province", HttpStatusCode.OK },
        { "/fhir/Measure", "hospital", HttpStatusCode.OK },
        { "/fhir/MeasureReport?period=2022-04", "province", HttpStatusCode.OK },
        { "/fhir/MeasureReport?period=2022-04", "operator", HttpStatusCode.OK },
        { "/fhir/MeasureReport?period=2022-04", "hospital", HttpStatusCode.OK },
    };

    public static TheoryData<string> Endpoints => new()
    {
        "/api/v1/institutions", "/api/v1/reports/2022-04", "/api/v1/summaries?from=2022-04-01&to=2022-04-30", "/api/v1/receipts", "/api/v1/quarantine", "/fhir/Measure", "/fhir/MeasureReport?period=2022-04",
    };

    private string TokenOf(string role) => role switch { "province" => world.Province, "operator" => world.Operator, _ => world.Hospital };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_what_it_may_and_a_403_with_a_code_otherwise(string path, string role, HttpStatusCode expected)
    {
        using var response = await world.Client(TokenOf(role)).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden) Assert.Equal("HX5003", await ProblemCode(response));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task No_token_is_401_HX5001_and_a_wrong_one_401_HX5002(string path)
    {
        using var none = await world.Client().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("HX5001", await ProblemCode(none));
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        using var wrong = await world.Client("hx_000000000000_not-a-token").GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("HX5002", await ProblemCode(wrong));
    }

    [Fact]
    public async Task A_revoked_or_expired_token_is_refused_and_the_store_keeps_only_hashes()
    {
        var (token, secret) = await world.Tokens.CreateAsync(ApiRole.Province, null, null, CancellationToken.None);
        using (var before = await world.Client(secret).GetAsync(new Uri("/api/v1/institutions", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(await world.Tokens.RevokeAsync(token.Id, CancellationToken.None));
        using (var after = await world.Client(secret).GetAsync(new Uri("/api/v1/institutions", UriKind.Relative)))
            Assert.Equal("HX5002", await ProblemCode(after));

        var (_, expired) = await world.Tokens.CreateAsync(ApiRole.Province, null, DateTimeOffset.UtcNow.AddMinutes(-1), CancellationToken.None);
        using (var late = await world.Client(expired).GetAsync(new Uri("/api/v1/institutions", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);

        // Neither the secret nor any part of it after the public id is in the table.
        Assert.Equal(0, await world.Database.ScalarAsync(
            "SELECT count(*) FROM hx.api_tokens WHERE position($1 in (id || role || coalesce(institution_code, '') || encode(token_sha256, 'escape'))) > 0",
            secret[(secret.IndexOf('_', 3) + 1)..])); // all after the id: base64url may itself hold '_'
    }

    internal static async Task<string?> ProblemCode(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.TryGetProperty("titleZh", out var zh) && zh.GetString()!.Length > 0);
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.GetProperty("code").GetString();
    }
}
