using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Summaries;
using Npgsql;

namespace HealthExchange.Api.Dashboard;

/// <summary>The few reads the institution page needs beyond the report and the feedback queries: daily and per-table upload counts.</summary>
internal sealed class DashboardQuery(NpgsqlDataSource dataSource)
{
    public sealed record TableCounts(string Table, long Received, long Inserted, long DeadLetters);

    public async Task<IReadOnlyList<SvgBars.Day>> DailyAsync(string institution, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT upload_day, sum(rows_received)::bigint, sum(rows_inserted)::bigint FROM hx.daily_uploads " +
            "WHERE institution_code = $1 AND upload_day >= $2 AND upload_day < $3 GROUP BY upload_day");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        var found = new Dictionary<DateOnly, (long, long)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                found[reader.GetFieldValue<DateOnly>(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        var days = new List<SvgBars.Day>();
        // Every day of the period, uploaded or not: a silent day is a gap in the bars, which is the point.
        for (var day = period.From; day < period.To && days.Count < 400; day = day.AddDays(1))
        {
            found.TryGetValue(day, out var counts);
            days.Add(new SvgBars.Day(day, counts.Item1, counts.Item2));
        }
        return days;
    }

    public async Task<IReadOnlyDictionary<string, TableCounts>> TablesAsync(string institution, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT table_code, sum(rows_received)::bigint, sum(rows_inserted)::bigint, sum(dead_letters)::bigint FROM hx.daily_uploads " +
            "WHERE institution_code = $1 AND upload_day >= $2 AND upload_day < $3 GROUP BY table_code");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        var result = new Dictionary<string, TableCounts>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            result[table] = new TableCounts(table, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        return result;
    }

    /// <summary>The batches of one institution's table uploaded in the period, newest first.</summary>
    public async Task<IReadOnlyList<ReceiptEntry>> BatchesAsync(string institution, string table, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FeedbackQuery.ReceiptSelect +
            "WHERE institution_code = $1 AND coalesce(table_code, '') = $2 AND upload_day >= $3 AND upload_day < $4 ORDER BY uploaded_at DESC, batch_id LIMIT 2000");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = table });
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        return await FeedbackQuery.ReadReceiptsAsync(command, cancellationToken);
    }

    public async Task<ReceiptEntry?> BatchAsync(string institution, string batch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FeedbackQuery.ReceiptSelect + "WHERE institution_code = $1 AND batch_id = $2");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = batch });
        return (await FeedbackQuery.ReadReceiptsAsync(command, cancellationToken)).FirstOrDefault();
    }
}
