using HealthExchange.Ingest.Envelope;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.DeadLetters;

/// <summary>Reads hx.dead_letters: the list operators look at, and the whole records a replay feeds back.</summary>
public static class DeadLetterQuery
{
    private const string Where = """
        WHERE (cardinality($1::bigint[]) = 0 OR id = ANY($1))
          AND ($2::text IS NULL OR institution_code = $2)
          AND ($3::text IS NULL OR reason_code = $3)
          AND ($4::timestamptz IS NULL OR received_at >= $4)
          AND ($5 OR replayed_at IS NULL)
        """;

    public static async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(NpgsqlDataSource dataSource, DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT id, received_at, kafka_topic, kafka_partition, kafka_offset, institution_code, batch_id, reason_code, reason,
                   length(record_value), attempts, replayed_at, replay_status
            FROM hx.dead_letters {Where} ORDER BY id
            """);
        AddFilter(command, filter);
        var list = new List<StoredDeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new StoredDeadLetter(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt64(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetInt32(9), reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.IsDBNull(12) ? null : reader.GetString(12)));
        return list;
    }

    /// <summary>The record exactly as it was received: same position, key, bytes, headers and timestamp.</summary>
    public static async Task<(StoredDeadLetter Row, ReceivedRecord Record)?> LoadAsync(NpgsqlDataSource dataSource, long id, CancellationToken cancellationToken)
    {
        var row = (await ListAsync(dataSource, new DeadLetterFilter([id], null, null, null, IncludeReplayed: true), cancellationToken)).SingleOrDefault();
        if (row is null) return null;
        await using var command = dataSource.CreateCommand("SELECT record_key, record_value, record_headers::text, timestamp_ms FROM hx.dead_letters WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var record = new ReceivedRecord(row.Topic, row.Partition, row.Offset, reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0),
            reader.GetFieldValue<byte[]>(1), DeadLetterStore.ParseHeaders(reader.GetString(2)),
            reader.IsDBNull(3) ? 0 : reader.GetInt64(3), !reader.IsDBNull(3));
        return (row, record);
    }

    private static void AddFilter(NpgsqlCommand command, DeadLetterFilter filter)
    {
        command.Parameters.Add(new() { Value = filter.Ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = (object?)filter.Institution ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)filter.Code ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)filter.Since ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = filter.IncludeReplayed });
    }
}
