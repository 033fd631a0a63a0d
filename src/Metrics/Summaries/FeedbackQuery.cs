using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Metrics.Summaries;

/// <summary>
/// A sender's feedback read back from the tables Ingest writes: receipts (hx.batches) and rows still quarantined
/// (hx.quarantine). The raw row text is never served: each issue carries its value masked at validation.
/// </summary>
public sealed class FeedbackQuery(NpgsqlDataSource dataSource)
{
    public const int MaxRows = 5000;

    public async Task<IReadOnlyList<ReceiptEntry>> ReceiptsAsync(string? institution, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReceiptSelect + """
            WHERE ($1::text IS NULL OR institution_code = $1) AND ($2::timestamptz IS NULL OR processed_at >= $2)
            ORDER BY processed_at, institution_code, batch_id LIMIT $3
            """);
        command.Parameters.Add(new() { Value = (object?)institution ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)since?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = limit });
        return await ReadReceiptsAsync(command, cancellationToken);
    }

    /// <summary>The receipt of a batch as hx.batches holds it: one column list, read one way (the API and the dashboard).</summary>
    public const string ReceiptSelect =
        "SELECT institution_code, batch_id, table_code, format, source_kind, status, reason_code, uploaded_at, upload_day, " +
        "rows_received, rows_accepted, rows_inserted, rows_updated, rows_quarantined, warnings, processed_at FROM hx.batches ";

    public static async Task<List<ReceiptEntry>> ReadReceiptsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<ReceiptEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new ReceiptEntry(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.GetString(4),
                reader.GetString(5), Text(reader, 6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateOnly>(8),
                reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14),
                reader.GetFieldValue<DateTimeOffset>(15)));
        return result;
    }

    public async Task<IReadOnlyList<QuarantineEntry>> QuarantineAsync(string? institution, string? table, string? batch, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, batch_id, row_no, table_code, issues::text, uploaded_at, quarantined_at
            FROM hx.quarantine
            WHERE released_at IS NULL AND ($1::text IS NULL OR institution_code = $1)
              AND ($2::text IS NULL OR table_code = $2) AND ($3::text IS NULL OR batch_id = $3)
            ORDER BY institution_code, batch_id, row_no LIMIT $4
            """);
        foreach (var value in new[] { institution, table, batch })
            command.Parameters.Add(new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = limit });
        var result = new List<QuarantineEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new QuarantineEntry(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                JsonSerializer.Deserialize<List<QuarantineIssue>>(reader.GetString(4), IssueJsonOptions)!,
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6)));
        return result;
    }

    /// <summary>When the data last changed: the newest processed batch (Last-Modified of every data response).</summary>
    public async Task<DateTimeOffset?> LastChangeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT max(processed_at) FROM hx.batches");
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null;
    }

    private static readonly JsonSerializerOptions IssueJsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
