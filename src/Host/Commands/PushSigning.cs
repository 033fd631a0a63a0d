using System.Security.Cryptography;
using Confluent.Kafka;
using HealthExchange.Host.Cli;
using HealthExchange.Ingest.Envelope;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx push --key FILE`: signs each record with the institution's private key (PEM, EC P-256) as docs/security.md
/// describes. The signature covers the timestamp, so the record is given its own timestamp here instead of the
/// producer's.
/// </summary>
internal static class PushSigning
{
    public static ECDsa? Load(CommandLine line)
    {
        if (line.Option("key") is not { } path) return null;
        if (!File.Exists(path)) throw new UsageException($"no such key file: {path}");
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException)
        {
            key.Dispose();
            throw new UsageException($"{path} is not a PEM EC private key (openssl ecparam -name prime256v1 -genkey -noout)");
        }
        return key;
    }

    public static void Sign(ECDsa? key, Message<string?, byte[]> message, string institution, string subject, string? batchId)
    {
        if (key is null) return;
        message.Timestamp = new Timestamp(TimeProvider.System.GetUtcNow());
        WireHeaders.Set(message.Headers, EnvelopeSignature.Header,
            EnvelopeSignature.Sign(key, institution, subject, batchId, message.Timestamp.UnixTimestampMs, message.Value));
    }
}
