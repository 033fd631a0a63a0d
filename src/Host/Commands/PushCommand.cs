using System.Text.Json;
using Confluent.Kafka;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Commands;

/// <summary>`hx push`: sends one file as one batch to hx.tables, as a hospital's integration would; --wait shows the receipt.</summary>
public static class PushCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        var institution = line.RequiredOption("institution");
        var table = line.RequiredOption("table");
        var files = line.Positionals();
        if (files.Count != 1) throw new UsageException("push takes exactly one FILE");
        var path = files[0];
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        var format = line.Option("format") ?? (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "csv");
        if (!BatchFormats.TryParse(format, out _)) throw new UsageException($"--format {format} must be csv or jsonl");
        if (string.IsNullOrWhiteSpace(settings.Kafka.BootstrapServers)) throw new UsageException("no Kafka address: give --kafka HOST:PORT");

        var content = await File.ReadAllBytesAsync(path);
        var batchId = line.Option("batch") ?? BatchIds.ForFile(path, content);
        var message = new Message<string?, byte[]> { Key = institution, Value = content, Headers = [] };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
        WireHeaders.Set(message.Headers, WireHeaders.Table, table);
        WireHeaders.Set(message.Headers, WireHeaders.Format, format);
        WireHeaders.Set(message.Headers, WireHeaders.Batch, batchId);
        if (line.Option("charset") is { } charset) WireHeaders.Set(message.Headers, WireHeaders.Charset, charset);

        using var waiter = line.Flag("wait") ? new ReceiptWaiter(settings.Kafka.BootstrapServers, settings.Kafka.ReceiptsTopic) : null;
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(settings.Kafka.BootstrapServers)).Build();
        var delivery = await producer.ProduceAsync(settings.Kafka.TablesTopic, message);
        Console.Error.WriteLine($"sent batch {batchId} ({content.Length} bytes) to {delivery.TopicPartitionOffset}");
        if (waiter is null) return ExitCodes.Ok;

        var receipt = waiter.WaitFor(institution, batchId, TimeSpan.FromSeconds(double.Parse(line.Option("timeout") ?? "60", System.Globalization.CultureInfo.InvariantCulture)));
        if (receipt is null) { Console.Error.WriteLine("no receipt within the timeout: is `hx run` consuming?"); return ExitCodes.RuntimeFailure; }
        Console.Out.WriteLine(receipt);
        using var document = JsonDocument.Parse(receipt);
        var root = document.RootElement;
        return root.GetProperty("status").GetString() == "dead_letter" || root.GetProperty("quarantined").GetInt32() > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
