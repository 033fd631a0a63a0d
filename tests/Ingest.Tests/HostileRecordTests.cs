using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// Records a hostile or broken sender could put on the wire, sent over the Kafka protocol to a running consumer. Each
/// is answered (a dead letter with its code, or a receipt with row-level findings) and a valid batch sent after it
/// still loads whole: no record stops or stalls the service.
/// </summary>
public sealed class HostileRecordTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly long At = Some.Shanghai(2022, 4, 20, 21).ToUnixTimeMilliseconds();

    public static TheoryData<string, string> EnvelopeCases => new()
    {
        { "year-10000", "HX1012" },
        { "year-1999", "HX1012" },
        { "far-future", "HX1012" },
        { "nul-institution", "HX1011" },
        { "null-table", "HX1011" },
        { "huge-institution", "HX1011" },
        { "nul-format", "HX1011" },
        { "nul-table", "HX1011" },
        { "binary-key-only", "HX1011" },
        { "latin1-batch", "HX1011" },
    };

    [Theory]
    [MemberData(nameof(EnvelopeCases))]
    public async Task A_hostile_envelope_is_dead_lettered_with_its_code_and_the_next_batch_loads(string hostile, string code)
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var csv = Some.OutpatientCsv(Some.Visits("H", 3, Day));
        var headers = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", "hostile-1");
        var timestamp = At;
        byte[]? key = Encoding.UTF8.GetBytes(Some.Hospital);
        switch (hostile)
        {
            case "year-10000": timestamp = 253402300800000; break;
            case "year-1999": timestamp = 946684799999; break; // 0 would mean "now" to the producer
            case "far-future": timestamp = DateTimeOffset.UtcNow.AddDays(400).ToUnixTimeMilliseconds(); break;
            case "nul-institution": Replace(headers, WireHeaders.Institution, Encoding.UTF8.GetBytes(Some.Hospital + "\0x")); break;
            case "null-table": Replace(headers, WireHeaders.Table, null); break;
            case "huge-institution": Replace(headers, WireHeaders.Institution, Encoding.UTF8.GetBytes(new string('9', 5000))); break;
            case "nul-format": Replace(headers, WireHeaders.Format, "csv\0"u8.ToArray()); break;
            case "nul-table": Replace(headers, WireHeaders.Table, "outpatient\0visit"u8.ToArray()); break;
            case "binary-key-only": headers.RemoveAll(h => h.Name == WireHeaders.Institution); key = [0xFF, 0x00, 0xFE]; break;
            case "latin1-batch": Replace(headers, WireHeaders.Batch, [0x62, 0xE9, 0x31]); break;
        }
        await Broker.SendRawAsync(Broker.Options.TablesTopic, key, csv, headers, timestamp);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "after", Some.OutpatientCsv(Some.Visits("A", 4, Day)), Some.Shanghai(2022, 4, 20, 22));
        await pipeline.WaitForAsync(2);

        var dead = Assert.Single(Broker.ReadAll(Broker.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(20)));
        Assert.Equal(code, WireHeaders.Get(dead.Message.Headers, WireHeaders.DeadLetterCode));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE reason_code = $1 AND record_value = $2", code, csv));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter' AND reason_code = $1", code));
        Assert.Equal(4, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, receipts.Count);
        // No upload day or partition was made up from a forged time: the dead letter counts on the day it arrived.
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE uploaded_at < '2000-01-01' OR uploaded_at > now() + interval '1 day'"));
    }

    [Fact]
    public async Task A_NUL_or_an_unpaired_surrogate_in_one_value_rejects_that_row_only()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var rows = Some.Visits("N", 4, Day);
        rows[1]["dept_name"] = "内\0科";
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "nul-csv", Some.OutpatientCsv(rows), Some.Shanghai(2022, 4, 20, 21));

        var lines = Some.Visits("J", 3, Day).Select(row => JsonSerializer.Serialize(row)).ToList();
        lines[2] = lines[2].Replace("\"dept_name\":", "\"dept_name\":\"\\ud800\",\"x\":", StringComparison.Ordinal);
        lines.Add(JsonSerializer.Serialize(Some.Visits("K", 1, Day)[0]).Replace("\"dept_name\":", "\"dept_name\":\"a\\u0000b\",\"y\":", StringComparison.Ordinal));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "surrogate-jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines)), Some.Shanghai(2022, 4, 20, 21), format: "jsonl");
        await pipeline.WaitForAsync(2);

        Assert.Equal(5, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE issues::text LIKE '%HX2117%'"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE raw LIKE '%内' || chr(65533) || '科%'"));
    }

    [Fact]
    public async Task Decoding_is_strict_for_every_format_and_names_the_first_bad_byte()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var csv = Some.OutpatientCsv(Some.Visits("B", 2, Day));
        var bad = "\uFEFF"u8.ToArray().Concat(csv[..40]).Append((byte)0xC3).Append((byte)0x28).Concat(csv[40..]).ToArray();
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "bom-bad", bad, Some.Shanghai(2022, 4, 20, 21));
        var jsonl = Encoding.UTF8.GetBytes(string.Join("\n", Some.Visits("G", 2, Day).Select(row => JsonSerializer.Serialize(row, ReadableJson))));
        Assert.True(HealthExchange.Validation.Reading.BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var gbJsonl = gb18030.GetBytes(Encoding.UTF8.GetString(jsonl));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "gb-jsonl", gbJsonl, Some.Shanghai(2022, 4, 20, 21), format: "jsonl", charset: "gb18030");
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "gb-as-utf8", gbJsonl, Some.Shanghai(2022, 4, 20, 21), format: "jsonl");
        await pipeline.WaitForAsync(3);

        var dead = Broker.ReadAll(Broker.Options.DeadLetterTopic, 2, TimeSpan.FromSeconds(20));
        Assert.Equal(["HX1006", "HX1006"], dead.Select(d => WireHeaders.Get(d.Message.Headers, WireHeaders.DeadLetterCode)).ToList());
        Assert.Contains(dead, d => WireHeaders.Get(d.Message.Headers, WireHeaders.DeadLetterReason)!.Contains("byte offset 43", StringComparison.Ordinal));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE dept_name = $1", Some.Visits("G", 1, Day)[0]["dept_name"]));
    }

    [Fact]
    public async Task A_dead_letter_larger_than_any_message_limit_is_kept_whole_and_its_copy_points_to_it()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var rows = Some.Visits("L", 14000, Day);
        var big = Some.OutpatientCsv(rows);
        Assert.True(big.Length > 1024 * 1024, $"{big.Length} bytes"); // above a default broker's 1 MB and the dead-letter copy's cap
        await Broker.SendTableAsync("NOT-REGISTERED", "outpatient_visit", "big", big, Some.Shanghai(2022, 4, 20, 21));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "after", Some.OutpatientCsv(Some.Visits("A", 2, Day)), Some.Shanghai(2022, 4, 20, 22));
        await pipeline.WaitForAsync(2);

        var copy = Assert.Single(Broker.ReadAll(Broker.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(20)));
        Assert.Equal(big.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), WireHeaders.Get(copy.Message.Headers, WireHeaders.DeadLetterTruncated));
        Assert.True(copy.Message.Value.Length < big.Length);
        var id = long.Parse(WireHeaders.Get(copy.Message.Headers, WireHeaders.DeadLetterId)!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(big.Length, await Database.ScalarAsync("SELECT length(record_value) FROM hx.dead_letters WHERE id = $1", id));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
    }

    private static void Replace(List<(string Name, byte[]? Value)> headers, string name, byte[]? value)
    {
        var index = headers.FindIndex(header => header.Name == name);
        headers[index] = (name, value);
    }
}
