using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>`hx history` as an operator runs it to answer "why did this number change": every version, in upload order.</summary>
public sealed class HistoryCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task SendAsync(string batch, DateTimeOffset uploadedAt, byte[] payload, bool retraction = false)
    {
        var envelope = new TableEnvelope(new BatchIdentity(Some.Hospital, batch, uploadedAt), "outpatient_visit", BatchFormat.Csv, Encoding.UTF8)
        {
            Retraction = retraction,
            Reason = retraction ? "退号" : null,
        };
        await _database.TableProcessor().ProcessAsync(envelope, payload, CancellationToken.None);
    }

    private static byte[] Visit(DateTime at, string diagnosis, string patient)
    {
        var row = Some.OutpatientRow("H1", at);
        row["diagnosis_name"] = diagnosis;
        row["patient_name"] = patient;
        return Some.OutpatientCsv(row);
    }

    [Fact]
    public async Task History_lists_every_version_in_upload_order_with_what_changed_and_never_prints_personal_values()
    {
        await SendAsync("first", Some.Shanghai(2022, 4, 10, 20), Visit(new DateTime(2022, 4, 10, 9, 0, 0), "感冒", "张某某"));
        // A correction two days later moves the visit to the 9th and changes the diagnosis and the name.
        await SendAsync("fix", Some.Shanghai(2022, 4, 12, 8), Visit(new DateTime(2022, 4, 9, 9, 0, 0), "支气管炎", "王某某"));
        // An old backlog sent after both: stale.
        await SendAsync("backlog", Some.Shanghai(2022, 4, 9, 23), Visit(new DateTime(2022, 4, 9, 10, 0, 0), "咳嗽", "李某某"));
        await SendAsync("void", Some.Shanghai(2022, 4, 15, 10), Encoding.UTF8.GetBytes("visit_no\nH1\n"), retraction: true);

        var json = await HxProcess.RunAsync("history", "H1", "--institution", Some.Hospital, "--table", "outpatient_visit", "--format", "json", "--db", _database.ConnectionString);
        Assert.True(json.ExitCode == 0, json.Stderr);
        var history = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.False(history.GetProperty("counted").GetBoolean());
        Assert.Equal("backlog", history.GetProperty("firstBatch").GetString()); // the earliest upload of any version
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["backlog", "first", "fix"], versions.Select(v => v.GetProperty("batch").GetString()));
        Assert.Equal(["stale", "superseded", "retracted"], versions.Select(v => v.GetProperty("fate").GetString()));
        var changes = versions[2].GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("column").GetString() == "diagnosis_name" && c.GetProperty("to").GetString() == "支气管炎");
        Assert.Contains(changes, c => c.GetProperty("column").GetString() == "visit_time");
        Assert.Contains(changes, c => c.GetProperty("column").GetString() == "patient_name" && c.GetProperty("personal").GetBoolean());
        var retraction = Assert.Single(history.GetProperty("retractions").EnumerateArray());
        Assert.Equal(("void", "retracted", "退号"), (retraction.GetProperty("batch").GetString(), retraction.GetProperty("outcome").GetString(), retraction.GetProperty("reason").GetString()));

        var text = await HxProcess.RunAsync("history", "H1", "--institution", Some.Hospital, "--table", "outpatient_visit", "--db", _database.ConnectionString);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("retracted by void", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("patient_name (personal: changed)", text.Stdout, StringComparison.Ordinal);
        foreach (var name in new[] { "张某某", "王某某", "李某某", Some.OutpatientRow("H1", DateTime.Today)["id_no"] })
        {
            Assert.DoesNotContain(name, text.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(name, json.Stdout, StringComparison.Ordinal);
        }

        // A record counted now: its stored version and its first upload.
        var counted = Some.OutpatientRow("H2", new DateTime(2022, 4, 10, 9, 0, 0));
        await SendAsync("second", Some.Shanghai(2022, 4, 10, 21), Some.OutpatientCsv(counted));
        var stored = await HxProcess.RunAsync("history", "visit_no=H2", "--institution", Some.Hospital, "--table", "outpatient_visit", "--format", "json", "--db", _database.ConnectionString);
        Assert.True(stored.ExitCode == 0, stored.Stderr);
        var current = JsonDocument.Parse(stored.Stdout).RootElement;
        Assert.True(current.GetProperty("counted").GetBoolean());
        Assert.Equal("second", current.GetProperty("firstBatch").GetString());
        Assert.Equal("stored", Assert.Single(current.GetProperty("versions").EnumerateArray()).GetProperty("fate").GetString());

        var unknown = await HxProcess.RunAsync("history", "NEVER", "--institution", Some.Hospital, "--table", "outpatient_visit", "--db", _database.ConnectionString);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("nothing is known", unknown.Stdout, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse((await HxProcess.RunAsync("history", "NEVER", "--institution", Some.Hospital, "--table", "outpatient_visit",
            "--format", "json", "--db", _database.ConnectionString)).Stdout).RootElement.GetProperty("firstUploadedAt").ValueKind); // every field, null when unknown
        foreach (var (table, key) in new[]
        {
            ("no_such_table", "H1"),
            ("inpatient_diagnosis", "inpatient_no=1,diagnosis_category=1,diagnosis_seq=first"), // a word for an integer
            ("inpatient_diagnosis", "inpatient_no=1,inpatient_no=2,diagnosis_seq=1"),            // a column twice
            ("inpatient_diagnosis", "1,2"),                                                     // too few values
        })
        {
            var usage = await HxProcess.RunAsync("history", key, "--institution", Some.Hospital, "--table", table, "--db", _database.ConnectionString);
            Assert.True(usage.ExitCode == 2, $"{table} {key}: {usage.ExitCode} {usage.Stderr}");
        }
    }
}
