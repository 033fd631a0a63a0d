using System.Globalization;
using System.Text;
using Npgsql;

namespace HealthExchange.Api.Operations;

/// <summary>
/// hx_batch_latency_seconds: a Prometheus histogram of each settled batch's latency, from its upload time (the Kafka
/// CreateTime, hx.batches.uploaded_at) to its settling (processed_at), by topic and institution kind. Computed from
/// hx.batches at scrape time like <see cref="PlatformCounters"/>, so every process and restart reports the same
/// series; prometheus-net has no histogram that can be set from totals, so this family is written as text directly.
/// A replayed history (the demo, `hx dlq replay`) shows its real age here: that is the latency the sender saw.
/// </summary>
internal sealed class BatchLatencyHistogram(NpgsqlDataSource dataSource)
{
    public const string Name = "hx_batch_latency_seconds";

    /// <summary>Upper bounds in seconds: a live feed settles in well under a second; the long tail is the real-time rule's 24 h.</summary>
    public static readonly double[] Buckets = [0.1, 0.5, 1, 5, 30, 60, 300, 1800, 3600, 86400];

    public async Task<string> TextAsync(CancellationToken cancellationToken)
    {
        var counts = string.Join(", ", Buckets.Select((bound, i) =>
            string.Create(CultureInfo.InvariantCulture, $"count(*) FILTER (WHERE s <= {bound})::bigint AS b{i}")));
        await using var command = dataSource.CreateCommand($"""
            SELECT topic, kind, {counts}, count(*)::bigint, coalesce(sum(s), 0)::float8 FROM (
                SELECT coalesce(b.kafka_topic, '') AS topic, coalesce(i.kind, 'unknown') AS kind,
                       greatest(extract(epoch FROM b.processed_at - b.uploaded_at), 0)::float8 AS s
                FROM hx.batches b LEFT JOIN hx.institutions i ON i.code = b.institution_code) l
            GROUP BY 1, 2 ORDER BY 1, 2
            """);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# HELP {Name} Batch latency from upload (Kafka CreateTime) to settled (hx.batches.processed_at)\n# TYPE {Name} histogram\n");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var labels = $"topic=\"{Escape(reader.GetString(0))}\",kind=\"{Escape(reader.GetString(1))}\"";
            for (var i = 0; i < Buckets.Length; i++)
                text.Append(CultureInfo.InvariantCulture, $"{Name}_bucket{{{labels},le=\"{Buckets[i]}\"}} {reader.GetInt64(2 + i)}\n");
            var count = reader.GetInt64(2 + Buckets.Length);
            text.Append(CultureInfo.InvariantCulture, $"{Name}_bucket{{{labels},le=\"+Inf\"}} {count}\n");
            text.Append(CultureInfo.InvariantCulture, $"{Name}_sum{{{labels}}} {reader.GetDouble(3 + Buckets.Length)}\n");
            text.Append(CultureInfo.InvariantCulture, $"{Name}_count{{{labels}}} {count}\n");
        }
        return text.ToString();
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
