using System.Text.Json;
using Confluent.Kafka;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx push`: sends one file as one batch to hx.tables, or with --cda each file as one document to hx.cda, as a
/// hospital's integration would (--delete: a retraction of the records the file names by business key); --wait shows
/// the receipt(s).
/// </summary>
internal static class PushCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        if (line.Flag("cda")) return await PushDocumentsAsync(line, settings);
        var institution = line.RequiredOption("institution");
        var table = line.RequiredOption("table");
        var files = line.Positionals();
        if (files.Count != 1) throw new UsageException("push takes exactly one FILE");
        var path = files[0];
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        var format = line.Option("format") ?? BatchFormats.ForFile(path);
        if (!BatchFormats.TryParse(format, out _)) throw new UsageException($"--format {format} must be csv, jsonl or arrow");
        if (string.IsNullOrWhiteSpace(settings.Kafka.BootstrapServers)) throw new UsageException("no Kafka address: give --kafka HOST:PORT");

        var content = await File.ReadAllBytesAsync(path);
        var batchId = line.Option("batch") ?? BatchIds.ForFile(path, content);
        var message = new Message<string?, byte[]> { Key = institution, Value = content, Headers = [] };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
        WireHeaders.Set(message.Headers, WireHeaders.Table, table);
        WireHeaders.Set(message.Headers, WireHeaders.Format, format);
        WireHeaders.Set(message.Headers, WireHeaders.Batch, batchId);
        if (line.Option("charset") is { } charset) WireHeaders.Set(message.Headers, WireHeaders.Charset, charset);
        // --delete: the file lists the business keys of records to retract (docs/feeds.md "Retracting records").
        var retraction = line.Flag("delete");
        if (retraction) WireHeaders.Set(message.Headers, WireHeaders.Operation, "delete");
        if (line.Option("reason") is { } reason)
        {
            if (!retraction) throw new UsageException("--reason goes with --delete");
            WireHeaders.Set(message.Headers, WireHeaders.Reason, reason);
        }
        var subject = retraction ? TableEnvelope.RetractionSubjectPrefix + table : table;
        using (var key = PushSigning.Load(line)) PushSigning.Sign(key, message, institution, subject, batchId);

        using var waiter = line.Flag("wait") ? new ReceiptWaiter(settings.Kafka) : null;
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(settings.Kafka)).Build();
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

    private static async Task<int> PushDocumentsAsync(CommandLine line, HostSettings settings)
    {
        var institution = line.RequiredOption("institution");
        if (line.Option("table") is not null) throw new UsageException("--cda and --table exclude each other");
        var files = line.Positionals();
        if (files.Count == 0) throw new UsageException("push --cda takes one or more FILEs");
        foreach (var file in files.Where(file => !File.Exists(file))) throw new UsageException($"no such file: {file}");
        if (string.IsNullOrWhiteSpace(settings.Kafka.BootstrapServers)) throw new UsageException("no Kafka address: give --kafka HOST:PORT");
        var batchId = line.Option("batch");
        if (batchId is not null && !EnvelopeReader.ValidBatchId(batchId)) throw new UsageException("--batch must be 1–128 visible characters");

        using var waiter = line.Flag("wait") ? new ReceiptWaiter(settings.Kafka) : null;
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(settings.Kafka)).Build();
        var sent = new List<string>();
        using var key = PushSigning.Load(line);
        using var sending = TerminalProgress.Start("hx push: documents sent", files.Count);
        foreach (var file in files)
        {
            var content = await File.ReadAllBytesAsync(file);
            var message = new Message<string?, byte[]> { Key = institution, Value = content, Headers = [] };
            WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
            if (batchId is not null) WireHeaders.Set(message.Headers, WireHeaders.Batch, batchId);
            PushSigning.Sign(key, message, institution, "cda", batchId);
            var documentId = HealthExchange.Cda.Checking.DocumentIdentity.Of(content, settings.Cda);
            var delivery = await producer.ProduceAsync(settings.Kafka.CdaTopic, message);
            sending.WriteLine($"sent document {documentId} ({content.Length} bytes, {file}) to {delivery.TopicPartitionOffset}");
            sending.Advance();
            sent.Add(documentId);
        }
        sending.Dispose();
        if (waiter is null) return ExitCodes.Ok;

        var timeout = TimeSpan.FromSeconds(double.Parse(line.Option("timeout") ?? "60", System.Globalization.CultureInfo.InvariantCulture));
        var exit = ExitCodes.Ok;
        using var receipts = TerminalProgress.Start("hx push: receipts", sent.Count);
        foreach (var documentId in sent)
        {
            var receipt = waiter.WaitForDocument(institution, documentId, timeout);
            receipts.Advance();
            if (receipt is null) { receipts.WriteLine($"no receipt for {documentId} within the timeout: is `hx run` consuming?"); return ExitCodes.RuntimeFailure; }
            receipts.Above(() => Console.Out.WriteLine(receipt));
            using var document = JsonDocument.Parse(receipt);
            var root = document.RootElement;
            if (root.GetProperty("status").GetString() == "dead_letter" || root.GetProperty("quarantined").GetInt32() > 0) exit = ExitCodes.InputErrors;
        }
        return exit;
    }
}
