using System.Text.Json;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// The CLI and wire contracts exercised the way users do, with separate processes: `hx broker`, `hx run --http`,
/// `hx push --wait`, `hx report --format json`, `hx validate`.
/// </summary>
public sealed class CommandLineContractTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _work = Directory.CreateTempSubdirectory("hx-e2e-").FullName;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    private string WriteCsv(string name, Dictionary<string, string>[] rows)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, Some.OutpatientCsv(rows));
        return path;
    }

    [Fact]
    public async Task Broker_run_push_and_report_work_across_processes_and_a_repeated_push_counts_once()
    {
        using var broker = HxProcess.Start("broker");
        var first = broker.ReadLine();
        Assert.StartsWith("bootstrap=127.0.0.1:", first, StringComparison.Ordinal);
        var bootstrap = first!["bootstrap=".Length..];
        // The API beside the consumer, on a free port (the default 127.0.0.1:8080 may be taken on a shared machine).
        using var service = HxProcess.Start("run", "--kafka", bootstrap, "--db", _database.ConnectionString, "--http", "127.0.0.1:0");

        var today = DateOnly.FromDateTime(DateTime.Now);
        var rows = Some.Visits("E2E", 20, today.AddDays(-1));
        rows[4]["sex"] = "7";
        var file = WriteCsv("visits.csv", rows);
        var push = await HxProcess.RunAsync("push", "--kafka", bootstrap, "--institution", Some.Hospital, "--table", "outpatient_visit", file, "--wait");
        Assert.True(push.ExitCode == 1, push.Stderr + service.Stderr); // one row was quarantined
        var receipt = JsonDocument.Parse(push.Stdout).RootElement;
        Assert.Equal(("loaded", 20, 19, 1), (receipt.GetProperty("status").GetString(), receipt.GetProperty("received").GetInt32(),
            receipt.GetProperty("loaded").GetInt32(), receipt.GetProperty("quarantined").GetInt32()));

        var again = await HxProcess.RunAsync("push", "--kafka", bootstrap, "--institution", Some.Hospital, "--table", "outpatient_visit", file, "--wait");
        Assert.Equal("duplicate", JsonDocument.Parse(again.Stdout).RootElement.GetProperty("status").GetString());

        // The same process answers over HTTP: ready (database, migrations, Kafka) and the receipt of what it loaded.
        using var client = new HttpClient { BaseAddress = await service.ApiAddressAsync() };
        using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative)))
            Assert.True(ready.StatusCode == System.Net.HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        var token = await HxProcess.RunAsync("tokens", "create", "--role", "operator", "--db", _database.ConnectionString);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Stdout.Trim());
        var receipts = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v1/receipts?institution={Some.Hospital}", UriKind.Relative))).RootElement;
        Assert.Contains(receipts.EnumerateArray(), row => row.GetProperty("batchId").GetString() == receipt.GetProperty("batchId").GetString());

        Assert.Equal(0, service.Stop());
        var report = await HxProcess.RunAsync("report", "--period", today.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            "--kind", "hospital", "--format", "json", "--db", _database.ConnectionString);
        Assert.Equal(0, report.ExitCode);
        var line = JsonDocument.Parse(report.Stdout).RootElement.GetProperty("institutions").EnumerateArray()
            .Single(row => row.GetProperty("code").GetString() == Some.Hospital);
        Assert.Equal((20, 19, 1), (line.GetProperty("rowsUploaded").GetInt64(), line.GetProperty("rowsLoaded").GetInt64(), line.GetProperty("uploadDays").GetInt32()));
    }

    [Fact]
    public async Task Validate_reports_every_issue_offline_and_exits_1_on_errors()
    {
        var rows = Some.Visits("VAL", 3, new DateOnly(2022, 4, 20));
        rows[1]["id_no"] = "420106201101011919";
        var result = await HxProcess.RunAsync("validate", "--institution", Some.Hospital, "--table", "outpatient_visit", WriteCsv("v.csv", rows), "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal((3, 2, 1), (json.GetProperty("received").GetInt32(), json.GetProperty("accepted").GetInt32(), json.GetProperty("rejected").GetInt32()));
        Assert.Equal("HX2111", json.GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.DoesNotContain("420106201101011919", result.Stdout, StringComparison.Ordinal);

        var clean = await HxProcess.RunAsync("validate", "--institution", Some.Hospital, "--table", "outpatient_visit", WriteCsv("ok.csv", Some.Visits("OK", 2, new DateOnly(2022, 4, 20))));
        Assert.Equal(0, clean.ExitCode);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(2, (await HxProcess.RunAsync("report", "--period", "April")).ExitCode);
        Assert.Equal(2, (await HxProcess.RunAsync("no-such-command")).ExitCode);
        Assert.Equal(2, (await HxProcess.RunAsync("push", "--table", "outpatient_visit", "x.csv")).ExitCode);
    }

    [Fact]
    public async Task Alerts_are_json_for_scripts_and_refuse_a_bad_window()
    {
        var quiet = await HxProcess.RunAsync("alerts", "--period", "2022-04", "--db", _database.ConnectionString, "--format", "json");
        Assert.Equal(0, quiet.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(quiet.Stdout);
        Assert.Equal("2022-04-01", json.RootElement.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("alerts").GetArrayLength());
        Assert.Equal(2, (await HxProcess.RunAsync("alerts", "--since", "April")).ExitCode);
        Assert.Equal(2, (await HxProcess.RunAsync("alerts", "--since", "2022-04-01", "--period", "2022-04")).ExitCode);
    }

    [Fact]
    public async Task Runtime_failures_exit_3_with_a_message_an_operator_can_act_on()
    {
        var unreachable = await HxProcess.RunAsync("report", "--period", "2022-04", "--db", "Host=127.0.0.1;Port=1;Username=postgres;Database=hx;Timeout=3");
        Assert.Equal(3, unreachable.ExitCode);
        Assert.Contains("cannot reach PostgreSQL", unreachable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreachable.Stderr, StringComparison.Ordinal); // no stack trace unless HX_DEBUG
    }

    [Fact]
    public async Task Catalogue_list_is_available_as_json()
    {
        var result = await HxProcess.RunAsync("catalogue", "list", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var catalogues = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Contains(catalogues.EnumerateArray(), c => c.GetProperty("kind").GetString() == "hospital"
            && c.GetProperty("tables").EnumerateArray().Any(t => t.GetProperty("code").GetString() == "outpatient_visit"));
    }

    [Fact]
    public async Task Institutions_and_declarations_export_as_the_csv_import_reads()
    {
        var institutions = await HxProcess.RunAsync("institutions", "export", "--db", _database.ConnectionString);
        Assert.Equal(0, institutions.ExitCode);
        var seed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "schemas", "institutions", "nanjing.csv"));
        Assert.Equal(seed.Skip(1).Order(StringComparer.Ordinal), institutions.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Order(StringComparer.Ordinal));

        var declarations = await HxProcess.RunAsync("institutions", "export", "declarations", "--db", _database.ConnectionString);
        var file = Path.Combine(_work, "declarations.csv");
        await File.WriteAllTextAsync(file, declarations.Stdout);
        var reimport = await HxProcess.RunAsync("institutions", "import", Path.Combine(AppContext.BaseDirectory, "schemas", "institutions", "nanjing.csv"),
            "--declarations", file, "--db", _database.ConnectionString);
        Assert.True(reimport.ExitCode == 0, reimport.Stderr);
        Assert.Contains("51 institutions and 76 declarations", reimport.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_check_lists_each_defect_with_its_line_and_exits_1()
    {
        var file = Path.Combine(_work, "broken.yaml");
        await File.WriteAllTextAsync(file, "id: x\nversion: \"1\"\nkind: hospital\nrequiredTables: 2\nrealtimeForms: 0\ntables:\n  - code: Bad-Code\n");
        var result = await HxProcess.RunAsync("catalogue", "check", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 7: [bad-value]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[table-count]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[role-missing]", result.Stdout, StringComparison.Ordinal);
        var shipped = await HxProcess.RunAsync(["catalogue", "check",
            .. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "schemas", "catalogue"), "*.yaml").Order(StringComparer.Ordinal)]);
        Assert.Equal(0, shipped.ExitCode);
        Assert.Contains("129 tables", shipped.Stdout, StringComparison.Ordinal);
        Assert.Contains("83 tables", shipped.Stdout, StringComparison.Ordinal);
    }
}
