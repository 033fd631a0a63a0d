using HealthExchange.Metrics.Periods;
using Npgsql;

namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// hx.alerts: the alerts the scheduled job saw, kept so a published month shows the alerts it had even after
/// late data or a changed threshold would compute different ones. Recording a day again updates its row.
/// </summary>
public sealed class AlertLedger(NpgsqlDataSource dataSource)
{
    public async Task<int> RecordAsync(IEnumerable<Alert> alerts, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var alert in alerts)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO hx.alerts (code, institution_code, table_code, day, value, expected, message_zh, message_en)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (code, institution_code, table_code, day) DO UPDATE SET value = excluded.value, expected = excluded.expected,
                    message_zh = excluded.message_zh, message_en = excluded.message_en, last_seen_at = now()
                """, connection, transaction);
            foreach (var value in new object[] { alert.Code, alert.Institution, alert.Table, alert.Day, alert.Value, alert.Expected, alert.MessageZh, alert.MessageEn })
                command.Parameters.Add(new() { Value = value });
            count += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    public async Task<IReadOnlyList<Alert>> RecordedAsync(ReportPeriod window, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT code, institution_code, table_code, day, value, expected, message_zh, message_en FROM hx.alerts
            WHERE day >= $1 AND day < $2 ORDER BY day, code, institution_code, table_code
            """);
        command.Parameters.Add(new() { Value = window.From });
        command.Parameters.Add(new() { Value = window.To });
        var result = new List<Alert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new Alert(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.GetString(6), reader.GetString(7)));
        return result;
    }
}
