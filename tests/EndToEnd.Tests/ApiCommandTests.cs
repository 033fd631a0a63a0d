using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>`hx tokens` and `hx serve` as an operator uses them: a token created on the CLI opens the API that `hx serve` runs.</summary>
public sealed class ApiCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_created_token_opens_the_served_API_until_it_is_revoked()
    {
        var created = await HxProcess.RunAsync("tokens", "create", "--role", "hospital", "--institution", Some.Hospital, "--expires", "30d", "--db", _database.ConnectionString);
        Assert.True(created.ExitCode == 0, created.Stderr);
        var secret = created.Stdout.Trim();
        Assert.StartsWith("hx_", secret, StringComparison.Ordinal);

        var listed = await HxProcess.RunAsync("tokens", "list", "--format", "json", "--db", _database.ConnectionString);
        var token = Assert.Single(JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("hospital", Some.Hospital), (token.GetProperty("role").GetString(), token.GetProperty("institution").GetString()));
        // The secret part is all after the id: base64url may itself hold '_' (even first), so it is not Split('_')[2].
        Assert.DoesNotContain(secret[(secret.IndexOf('_', 3) + 1)..], listed.Stdout, StringComparison.Ordinal);

        Assert.Equal(2, (await HxProcess.RunAsync("tokens", "create", "--role", "hospital", "--db", _database.ConnectionString)).ExitCode);
        Assert.Equal(2, (await HxProcess.RunAsync("tokens", "create", "--role", "hospital", "--institution", "NOSUCH", "--db", _database.ConnectionString)).ExitCode);

        using var serve = HxProcess.Start("serve", "--http", "127.0.0.1:0", "--db", _database.ConnectionString);
        var first = serve.ReadLine();
        Assert.True(first?.StartsWith("http=", StringComparison.Ordinal), serve.Stderr);
        using var client = new HttpClient { BaseAddress = new Uri(first![5..]) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using (var own = await client.GetAsync(new Uri("api/v1/receipts", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using (var other = await client.GetAsync(new Uri("api/v1/receipts?institution=" + Some.OtherHospital, UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);

        var revoked = await HxProcess.RunAsync("tokens", "revoke", token.GetProperty("id").GetString()!, "--db", _database.ConnectionString);
        Assert.True(revoked.ExitCode == 0, revoked.Stderr);
        using (var after = await client.GetAsync(new Uri("api/v1/receipts", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(0, serve.Stop());
    }
}
