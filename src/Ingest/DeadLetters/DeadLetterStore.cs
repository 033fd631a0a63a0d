using System.Security.Cryptography;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.DeadLetters;

/// <summary>
/// Keeps every dead letter whole in PostgreSQL, in one transaction with its ledger row (counted as received, not
/// loaded): the hx.dlq topic's copy may be truncated, this row never is, and `hx dlq replay` starts from it.
/// </summary>
public sealed class DeadLetterStore(NpgsqlDataSource dataSource)
{
    /// <returns>The stored dead letter's id (the same row when the same record is dead-lettered again).</returns>
    public async Task<long> RecordAsync(ReceivedRecord record, DeadLetterEntry entry, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BatchLedger.RecordDeadLetterAsync(connection, entry, cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO hx.dead_letters AS d (kafka_topic, kafka_partition, kafka_offset, value_sha256, record_key, record_value, record_headers,
                                              timestamp_ms, institution_code, batch_id, reason_code, reason)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (kafka_topic, kafka_partition, kafka_offset, value_sha256) DO UPDATE SET attempts = d.attempts + 1,
                institution_code = excluded.institution_code, batch_id = excluded.batch_id,
                reason_code = excluded.reason_code, reason = excluded.reason, replayed_at = NULL, replay_status = NULL
            RETURNING id
            """, connection);
        command.Parameters.Add(new() { Value = record.Topic });
        command.Parameters.Add(new() { Value = record.Partition });
        command.Parameters.Add(new() { Value = record.Offset });
        command.Parameters.Add(new() { Value = SHA256.HashData(record.Value) });
        command.Parameters.Add(new() { Value = (object?)record.Key ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = record.Value });
        command.Parameters.Add(new() { Value = HeadersJson(record.Headers), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = record.HasTimestamp ? record.TimestampMs : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = entry.Batch.Institution });
        command.Parameters.Add(new() { Value = entry.Batch.BatchId });
        command.Parameters.Add(new() { Value = entry.ReasonCode });
        command.Parameters.Add(new() { Value = StorableText.Clean(reason)! });
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Header names are text the broker decoded; values stay bytes (base64), so any header survives the round trip.</summary>
    internal static string HeadersJson(IReadOnlyList<RecordHeader> headers) =>
        JsonSerializer.Serialize(headers.Select(header => new StoredHeader(StorableText.Clean(header.Name)!, header.Value is null ? null : Convert.ToBase64String(header.Value))));

    internal static IReadOnlyList<RecordHeader> ParseHeaders(string json) =>
        (JsonSerializer.Deserialize<List<StoredHeader>>(json) ?? [])
            .Select(header => new RecordHeader(header.Name, header.Value is null ? null : Convert.FromBase64String(header.Value))).ToList();

    internal sealed record StoredHeader(
        [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("value")] string? Value);
}
