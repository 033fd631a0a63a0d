using System.Text.Json;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.History;

/// <summary>
/// Reads a record's history (`hx history`) from the stored row, hx.record_versions, hx.retractions and hx.tombstones. The
/// key values are parameters cast to their columns' types; identifiers come from the catalogue only.
/// </summary>
public static class RecordHistoryQuery
{
    public static async Task<RecordHistory> ReadAsync(NpgsqlDataSource dataSource, string institution, TableDefinition table,
        IReadOnlyDictionary<string, string> key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var recordKey = await RecordKeyAsync(connection, table, key, cancellationToken);
        var versions = new List<(DateTimeOffset At, string Batch, int Row, DateTime? Event, string Fate, string? SettledBy, JsonElement Content)>();
        DateTimeOffset? firstUploaded = null;
        string? firstBatch = null;
        var counted = false;

        var match = string.Join(" AND ", table.BusinessKey.Select((column, i) => $"t.{SqlNames.Quote(column)} = ${i + 2}::{KeyType(table, column)}"));
        await using (var stored = new NpgsqlCommand(
            $"SELECT to_jsonb(t)::text, t.{SystemColumns.UploadedAt}, t.{SystemColumns.BatchId}, t.{SystemColumns.RowNo}, t.{SqlNames.Quote(table.EventTime)}::timestamp, " +
            $"t.{SystemColumns.FirstUploadedAt}, t.{SystemColumns.FirstBatchId} FROM {SqlNames.DataTable(table)} AS t WHERE t.{SystemColumns.Institution} = $1 AND {match}", connection))
        {
            AddKey(stored, institution, table, key);
            await using var reader = await stored.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                counted = true;
                versions.Add((Instant(reader.GetDateTime(1)), reader.GetString(2), reader.GetInt32(3), reader.GetDateTime(4), "stored", null, Parse(reader.GetString(0))));
                (firstUploaded, firstBatch) = (Instant(reader.GetDateTime(5)), reader.GetString(6));
            }
        }
        await using (var logged = Command(connection, """
            SELECT content::text, uploaded_at, batch_id, row_no, event_time, fate, settled_by_batch FROM hx.record_versions
            WHERE institution_code = $1 AND table_code = $2 AND record_key = $3::jsonb
            """, institution, table.Code, recordKey))
        await using (var reader = await logged.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                versions.Add((Instant(reader.GetDateTime(1)), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetDateTime(4),
                    reader.GetString(5), reader.GetString(5) == "stale" ? null : reader.GetString(6), Parse(reader.GetString(0))));
        if (!counted)
        {
            await using var tombstone = Command(connection,
                "SELECT first_uploaded_at, first_batch_id FROM hx.tombstones WHERE institution_code = $1 AND table_code = $2 AND record_key = $3::jsonb",
                institution, table.Code, recordKey);
            await using var reader = await tombstone.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)) (firstUploaded, firstBatch) = (Instant(reader.GetDateTime(0)), reader.GetString(1));
        }
        var retractions = new List<RecordRetraction>();
        await using (var audit = Command(connection, """
            SELECT retracted_at, batch_id, row_no, reason, outcome FROM hx.retractions
            WHERE institution_code = $1 AND table_code = $2 AND record_key = $3::jsonb ORDER BY retracted_at, batch_id, row_no
            """, institution, table.Code, recordKey))
        await using (var reader = await audit.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                retractions.Add(new RecordRetraction(Instant(reader.GetDateTime(0)), reader.GetString(1), reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));

        var ordered = versions.OrderBy(v => v.At).ThenBy(v => v.Batch, StringComparer.Ordinal).ThenBy(v => v.Row).ToList();
        var history = ordered.Select((version, i) => new RecordVersion(version.At, version.Batch, version.Row, version.Event, version.Fate, version.SettledBy,
            i == 0 ? [] : Changes(table, ordered[i - 1].Content, version.Content))).ToList();
        return new RecordHistory(institution, table.Code, key, counted, firstUploaded, firstBatch, history, retractions);
    }

    /// <summary>The catalogue columns whose values differ; a personal column's values are never carried out of here.</summary>
    private static List<ValueChange> Changes(TableDefinition table, JsonElement before, JsonElement after)
    {
        var changes = new List<ValueChange>();
        foreach (var column in table.Columns.Where(column => !table.BusinessKey.Contains(column.Name)))
        {
            var (from, to) = (Value(before, column.Name), Value(after, column.Name));
            if (from == to) continue;
            var personal = column.Personal != PersonalDataClass.None;
            changes.Add(new ValueChange(column.Name, personal ? null : from, personal ? null : to, personal));
        }
        return changes;
    }

    private static string? Value(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    private static async Task<string> RecordKeyAsync(NpgsqlConnection connection, TableDefinition table, IReadOnlyDictionary<string, string> key, CancellationToken cancellationToken)
    {
        // Typed as the stored key is, so "01" in an integer column names the record "1" does (RecordKey.Json).
        var pairs = table.BusinessKey.Select((column, i) => $"'{column}', ${i + 1}::{KeyType(table, column)}");
        await using var command = new NpgsqlCommand($"SELECT jsonb_build_object({string.Join(", ", pairs)})::text", connection);
        foreach (var column in table.BusinessKey) command.Parameters.Add(new() { Value = key[column] });
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// The type a key value is read as: the column's, except that text is compared as text — a cast to varchar(n) would
    /// silently cut a longer value and name another record.
    /// </summary>
    private static string KeyType(TableDefinition table, string column) =>
        table.Column(column).Type.Kind is ColumnKind.String or ColumnKind.Code ? "text" : SqlNames.SqlType(table.Column(column).Type);

    private static void AddKey(NpgsqlCommand command, string institution, TableDefinition table, IReadOnlyDictionary<string, string> key)
    {
        command.Parameters.Add(new() { Value = institution });
        foreach (var column in table.BusinessKey) command.Parameters.Add(new() { Value = key[column] });
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params string[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        return command;
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
