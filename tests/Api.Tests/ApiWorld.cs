using System.Net.Http.Headers;
using System.Text;
using HealthExchange.Api.Hosting;
using HealthExchange.Api.Tokens;
using HealthExchange.Ingest.Loading;
using HealthExchange.Metrics.Computation;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// A database with known feeds behind a real Kestrel on a loopback port, and a token per role: two hospitals,
/// each with valid April visits and one rejected row (a wrong ID check digit), so feedback can be told apart.
/// </summary>
public sealed class ApiWorld : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public TokenStore Tokens { get; private set; } = null!;
    public string Province { get; private set; } = "";
    public string Operator { get; private set; } = "";
    public string Hospital { get; private set; } = "";
    public string OtherHospital { get; private set; } = "";

    /// <summary>The national ID of the rejected rows, which must never come back over HTTP in the clear.</summary>
    public static string BadNationalId { get; } = Some.NationalId(new DateOnly(1980, 5, 17))[..17] + "0";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await LoadAsync(Some.Hospital, "H1-A", Some.Shanghai(2022, 4, 10, 20), [.. Some.Visits("V1-", 5, new DateOnly(2022, 4, 10)), Bad("V1-bad")]);
        await LoadAsync(Some.Hospital, "H1-B", Some.Shanghai(2022, 4, 12, 20), Some.Visits("V1B-", 2, new DateOnly(2022, 4, 12)));
        await LoadAsync(Some.OtherHospital, "H2-A", Some.Shanghai(2022, 4, 11, 20), [.. Some.Visits("V2-", 3, new DateOnly(2022, 4, 11)), Bad("V2-bad")]);

        var services = new ApiServices(Database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System);
        App = ApiHost.Build(services, "http://127.0.0.1:0");
        await App.StartAsync();
        Address = ApiHost.BoundAddress(App);
        Tokens = new TokenStore(Database.DataSource, TimeProvider.System);
        Province = (await Tokens.CreateAsync(ApiRole.Province, null, null, CancellationToken.None)).Secret;
        Operator = (await Tokens.CreateAsync(ApiRole.Operator, null, null, CancellationToken.None)).Secret;
        Hospital = (await Tokens.CreateAsync(ApiRole.Hospital, Some.Hospital, null, CancellationToken.None)).Secret;
        OtherHospital = (await Tokens.CreateAsync(ApiRole.Hospital, Some.OtherHospital, null, CancellationToken.None)).Secret;
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Dictionary<string, string> Bad(string visitNo)
    {
        var row = Some.OutpatientRow(visitNo, new DateTime(2022, 4, 10, 10, 0, 0));
        row["id_no"] = BadNationalId;
        return row;
    }

    public async Task LoadAsync(string institution, string batch, DateTimeOffset uploadedAt, Dictionary<string, string>[] rows)
    {
        var table = Some.OutpatientTable;
        var loader = new BatchLoader(Database.DataSource);
        using var reader = new CsvTableReader(table, new MemoryStream(Encoding.UTF8.GetBytes(Some.Csv(table, rows))), Encoding.UTF8);
        await loader.LoadAsync(new BatchIdentity(institution, batch, uploadedAt), table, "csv",
            BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)), reader.HeaderIssues, reader.Header, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
