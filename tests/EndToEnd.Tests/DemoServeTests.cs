using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthExchange.TestSupport;
using Npgsql;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// `hx demo --serve` as a newcomer meets it: a small demo runs, then the API stays up with the URL and an operator token
/// printed, that token opens the demo's summaries and dashboard, and SIGTERM ends it cleanly.
/// </summary>
public sealed partial class DemoServeTests : IAsyncLifetime
{
    private readonly string _database = "hx_demo_" + Guid.NewGuid().ToString("N")[..10];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var maintenance = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_demo_ends_with_a_working_API_and_token_until_stopped()
    {
        using var demo = HxProcess.Start("demo", "--serve", "--http", "127.0.0.1:0", "--institutions", "2", "--scale", "4000", "--database", _database);
        var (address, token) = ReadAnnouncement(demo);

        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var summaries = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v1/summaries?from=2022-04-01&to=2022-04-30&granularity=month", UriKind.Relative)));
        var rows = summaries.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, row => row.GetProperty("rowsUploaded").GetInt64() > 0);

        using var anonymous = new HttpClient { BaseAddress = address };
        using (var refused = await anonymous.GetAsync(new Uri("api/v1/summaries?from=2022-04-01&to=2022-04-30", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using (var reference = await anonymous.GetAsync(new Uri("openapi/v1.json", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, reference.StatusCode);

        Assert.Equal(0, demo.Stop());
    }

    /// <summary>The plain "API http://…/" and "token hx_…" lines the demo prints when it starts serving (within 5 minutes).</summary>
    private static (Uri Address, string Token) ReadAnnouncement(HxProcess demo)
    {
        var reading = Task.Run(() =>
        {
            var seen = new List<string>();
            Uri? address = null;
            for (var line = demo.ReadLine(); line is not null; line = demo.ReadLine())
            {
                seen.Add(line);
                if (ApiLine().Match(line) is { Success: true } api) address = new Uri(api.Groups[1].Value);
                if (TokenLine().Match(line) is { Success: true } token && address is not null) return (address, token.Groups[1].Value);
            }
            throw new InvalidOperationException("the demo ended without serving:\n" + string.Join('\n', seen) + "\n" + demo.Stderr);
        });
        return reading.Wait(TimeSpan.FromMinutes(5)) ? reading.Result : throw new TimeoutException("no API announced: " + demo.Stderr);
    }

    [GeneratedRegex(@"^API\s+(http://\S+/)")]
    private static partial Regex ApiLine();

    [GeneratedRegex(@"^token\s+(hx_\S+)")]
    private static partial Regex TokenLine();
}
