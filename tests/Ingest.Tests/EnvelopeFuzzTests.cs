using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// Over a thousand mutated records (payload bytes, NULs, truncation, headers dropped, nulled, garbled or oversized,
/// absurd timestamps) sent to one running consumer: every one is answered — a receipt for each, a dead letter with a
/// code where it could not be loaded — the consumer never stops, and every loaded batch adds up.
/// </summary>
public sealed class EnvelopeFuzzTests : BrokerAndDatabaseTest
{
    private const int Records = 1200;
    private static readonly DateOnly Day = new(2022, 4, 20);

    [Fact]
    public async Task Every_mutated_record_is_answered_and_the_consumer_never_stops()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var random = new Random(20221201);
        var csvTemplate = Some.OutpatientCsv(Some.Visits("F", 3, Day));
        var jsonTemplate = Encoding.UTF8.GetBytes(string.Join("\n", Some.Visits("J", 3, Day).Select(row => JsonSerializer.Serialize(row))));
        var at = Some.Shanghai(2022, 4, 20, 21).ToUnixTimeMilliseconds();
        for (var i = 0; i < Records; i++)
        {
            var json = random.Next(3) == 0;
            var payload = (byte[])(json ? jsonTemplate : csvTemplate).Clone();
            var headers = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", $"fuzz-{i % 1100}", json ? "jsonl" : "csv");
            var timestamp = at + i;
            byte[]? key = Encoding.UTF8.GetBytes(Some.Hospital);
            foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
                Mutate(random, ref payload, headers, ref timestamp, ref key);
            await Broker.SendRawAsync(Broker.Options.TablesTopic, key, payload, headers, timestamp);
        }
        await pipeline.WaitForAsync(Records, TimeSpan.FromMinutes(4));

        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, Records, TimeSpan.FromSeconds(60))
            .Select(record => JsonDocument.Parse(record.Message.Value).RootElement).ToList();
        Assert.Equal(Records, receipts.Count);
        foreach (var receipt in receipts.Where(r => r.GetProperty("status").GetString() == "loaded"))
            Assert.Equal(receipt.GetProperty("received").GetInt32(), receipt.GetProperty("loaded").GetInt32() + receipt.GetProperty("corrected").GetInt32()
                + receipt.GetProperty("unchanged").GetInt32() + receipt.GetProperty("stale").GetInt32() + receipt.GetProperty("quarantined").GetInt32());
        var deadLetters = receipts.Count(r => r.GetProperty("status").GetString() == "dead_letter");
        Assert.All(receipts.Where(r => r.GetProperty("status").GetString() == "dead_letter"),
            r => Assert.Matches("^HX1[0-9]{3}$", r.GetProperty("issues")[0].GetProperty("code").GetString()));
        Assert.Equal(deadLetters, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters"));
        Assert.InRange(deadLetters, 100, Records - 100); // the mutations reach both outcomes
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE reason_code = 'HX1099'"));

        // Still consuming: a valid batch after the storm loads whole.
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "after-fuzz", Some.OutpatientCsv(Some.Visits("Z", 5, Day)), Some.Shanghai(2022, 4, 20, 23));
        await pipeline.WaitForAsync(Records + 1);
        Assert.Equal(5, await Database.ScalarAsync("SELECT rows_inserted FROM hx.batches WHERE batch_id = 'after-fuzz'"));
    }

    private static void Mutate(Random random, ref byte[] payload, List<(string Name, byte[]? Value)> headers, ref long timestamp, ref byte[]? key)
    {
        switch (random.Next(12))
        {
            case 0: if (payload.Length > 0) payload[random.Next(payload.Length)] = (byte)random.Next(256); break;
            case 1: if (payload.Length > 0) payload[random.Next(payload.Length)] = 0; break;
            case 2: payload = payload[..random.Next(payload.Length + 1)]; break;
            case 3: headers.RemoveAt(random.Next(headers.Count)); break;
            case 4: { var i = random.Next(headers.Count); headers[i] = (headers[i].Name, null); break; }
            case 5: { var i = random.Next(headers.Count); var bytes = new byte[random.Next(1, 40)]; random.NextBytes(bytes); headers[i] = (headers[i].Name, bytes); break; }
            case 6: { var i = random.Next(headers.Count); headers[i] = (headers[i].Name, Encoding.UTF8.GetBytes(new string('x', random.Next(200, 5000)))); break; }
            case 7: headers.Add((WireHeaders.Charset, random.Next(2) == 0 ? "gb18030"u8.ToArray() : "ebcdic"u8.ToArray())); break;
            case 8: timestamp = random.Next(3) switch { 0 => 253402300800000 + random.Next(1000), 1 => random.Next(1, 1_000_000), _ => timestamp }; break;
            case 9: key = random.Next(2) == 0 ? null : [0xFF, 0xFE, 0x00]; break;
            case 10: headers.Add((WireHeaders.Format, random.Next(2) == 0 ? "arrow"u8.ToArray() : "xml"u8.ToArray())); break;
            default: payload = [.. payload, .. "\n\"unterminated,\0"u8.ToArray()]; break;
        }
    }
}
