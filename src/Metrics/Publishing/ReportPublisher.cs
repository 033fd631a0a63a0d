using System.Text.Json;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using Npgsql;

namespace HealthExchange.Metrics.Publishing;

/// <summary>
/// Keeps the published snapshot of a period's report: once published, a number never silently changes.
/// Late data still restates the live figures; <see cref="RestatementsAsync"/> lists every difference.
/// </summary>
public sealed class ReportPublisher(NpgsqlDataSource dataSource, MetricsQuery query)
{
    /// <summary>Publishes the period's report per kind; false when it was already published (it is never overwritten).</summary>
    public async Task<bool> PublishAsync(ReportPeriod period, string kind, CancellationToken cancellationToken)
    {
        var report = await query.ReportAsync(period, kind, cancellationToken);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hx.report_snapshots (period, kind, report) VALUES ($1, $2, $3::jsonb) ON CONFLICT (period, kind) DO NOTHING");
        command.Parameters.Add(new() { Value = period.Label });
        command.Parameters.Add(new() { Value = kind });
        command.Parameters.Add(new() { Value = ReportWriters.JsonText(report) });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Restatement>> RestatementsAsync(ReportPeriod period, string kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT report::text FROM hx.report_snapshots WHERE period = $1 AND kind = $2");
        command.Parameters.Add(new() { Value = period.Label });
        command.Parameters.Add(new() { Value = kind });
        if (await command.ExecuteScalarAsync(cancellationToken) is not string published) return [];
        var current = ReportWriters.JsonText(await query.ReportAsync(period, kind, cancellationToken));
        return Compare(published, current);
    }

    internal static List<Restatement> Compare(string published, string current)
    {
        var before = Institutions(published);
        var after = Institutions(current);
        var result = new List<Restatement>();
        foreach (var (code, now) in after)
        {
            before.TryGetValue(code, out var then);
            foreach (var (column, value) in now)
            {
                var old = then?.GetValueOrDefault(column);
                if (old != value) result.Add(new Restatement(code, column, old, value));
            }
        }
        return result;
    }

    private static Dictionary<string, Dictionary<string, string?>> Institutions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("institutions").EnumerateArray().ToDictionary(
            row => row.GetProperty("code").GetString()!,
            row => row.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.ToString()));
    }
}
