using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>`hx cda validate` offline and `hx cda get` against a database the pipeline filled, as separate processes.</summary>
public sealed class CdaCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _work = Directory.CreateTempSubdirectory("hx-cda-").FullName;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Cda_get_writes_the_stored_original_byte_for_byte()
    {
        Assert.True(HealthExchange.Validation.Reading.BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var xml = SomeCda.OutpatientXml("DOC-GET-1", "G0001", new DateTime(2022, 4, 20, 9, 0, 0)).Replace("encoding=\"UTF-8\"", "encoding=\"GB18030\"", StringComparison.Ordinal);
        var original = gb18030.GetBytes(xml + "\r\n<!-- trailing bytes stay as sent -->\r\n");
        using (var broker = new TestBroker())
        await using (var pipeline = await RunningPipeline.StartAsync(broker, _database))
        {
            var message = new Message<string?, byte[]> { Key = Some.Hospital, Value = original, Headers = [], Timestamp = new Timestamp(Some.Shanghai(2022, 4, 20, 21)) };
            WireHeaders.Set(message.Headers, WireHeaders.Institution, Some.Hospital);
            await broker.Producer.ProduceAsync(broker.Options.CdaTopic, message);
            await pipeline.WaitForAsync(1);
        }

        var (exitCode, stdout, stderr) = await HxProcess.RunBytesAsync("cda", "get", "DOC-GET-1", "--db", _database.ConnectionString);
        Assert.True(exitCode == 0, stderr);
        Assert.Equal(original, stdout);
        var missing = await HxProcess.RunBytesAsync("cda", "get", "NO-SUCH-DOC", "--institution", Some.Hospital, "--db", _database.ConnectionString);
        Assert.Equal(1, missing.ExitCode);
    }

    [Fact]
    public async Task Cda_validate_reports_every_file_offline_and_exits_1_when_one_has_an_error()
    {
        var good = Path.Combine(_work, "good.xml");
        File.WriteAllBytes(good, SomeCda.Outpatient("DOC-V-1", "V0001", new DateTime(2022, 4, 20, 9, 0, 0)));
        var fragment = Path.Combine(_work, "fragment.xml");
        File.WriteAllText(fragment, "<section xmlns=\"urn:hl7-org:v3\"><title>Medications</title></section>", Encoding.UTF8);

        var clean = await HxProcess.RunAsync("cda", "validate", good, "--institution", Some.Hospital);
        Assert.True(clean.ExitCode == 0, clean.Stdout + clean.Stderr);
        Assert.Contains("C0002", clean.Stdout, StringComparison.Ordinal);

        var result = await HxProcess.RunAsync("cda", "validate", good, fragment, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var files = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.True(files[0].GetProperty("passed").GetBoolean());
        Assert.Equal("outpatient_visit", files[0].GetProperty("tables")[0].GetProperty("table").GetString());
        Assert.Equal("not-cda", files[1].GetProperty("kind").GetString());
        Assert.Equal("HX4010", files[1].GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.DoesNotContain(Some.NationalId(new DateOnly(1980, 5, 17)), result.Stdout, StringComparison.Ordinal);
    }
}
