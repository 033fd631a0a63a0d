using HealthExchange.Ingest.Kafka;
using Npgsql;
using Prometheus;

namespace HealthExchange.Api.Operations;

/// <summary>
/// The pipeline's totals as Prometheus counters, read from hx.batches at scrape time so that every consumer process
/// and every restart counts the same: records and rows received, loaded, quarantined and dead-lettered, labelled by
/// topic and institution kind only (never by institution, which would explode the series with the registry).
/// A counter never goes down: rows later released from quarantine by `hx reprocess` stay counted as quarantined.
/// </summary>
internal sealed class PlatformCounters
{
    private static readonly string[] Labels = ["topic", "kind"];
    private readonly NpgsqlDataSource _dataSource;
    private readonly Counter _records, _rowsReceived, _rowsLoaded, _rowsQuarantined, _deadLetters;
    private readonly Gauge _offsetGaps;
    private readonly BatchLatencyHistogram _latency;

    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    private readonly ConsumerObservations? _consumer;
    private readonly Gauge? _lag;
    private readonly Counter? _retries;
    private HashSet<(string Topic, int Partition)> _lagShown = [];

    public PlatformCounters(NpgsqlDataSource dataSource, ConsumerObservations? consumer = null)
    {
        _consumer = consumer;
        _dataSource = dataSource;
        _latency = new BatchLatencyHistogram(dataSource);
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        _records = factory.CreateCounter("hx_records_received_total", "Kafka records received (batches and CDA documents)", Labels);
        _rowsReceived = factory.CreateCounter("hx_rows_received_total", "Table rows received (数据上传量)", Labels);
        _rowsLoaded = factory.CreateCounter("hx_rows_loaded_total", "Rows loaded as new records (入库数据量)", Labels);
        _rowsQuarantined = factory.CreateCounter("hx_rows_quarantined_total", "Rows that failed validation and went to quarantine", Labels);
        _deadLetters = factory.CreateCounter("hx_records_dead_lettered_total", "Records that could not be loaded at all (dead letters)", Labels);
        _offsetGaps = factory.CreateGauge("hx_offset_gaps", "Offsets a consumer expected but never saw", ["topic"]);
        // Only with a consumer in this process (`hx run`; `hx serve` has none and omits them); partitions are few and
        // fixed, so the label stays bounded.
        if (consumer is null) return;
        _lag = factory.CreateGauge("hx_consumer_lag", "Records of a partition this process's consumer has not settled yet (high watermark as last fetched)", ["topic", "partition"]);
        _retries = factory.CreateCounter("hx_consumer_retries_total", "Records this process's consumer retried after a transient failure (database or broker outage)");
    }

    /// <summary>Reads the totals and writes the text exposition format to <paramref name="output"/>.</summary>
    public async Task ExportAsync(Stream output, CancellationToken cancellationToken)
    {
        // Two scrapes at once are harmless: IncTo only ever raises a counter to the total read.
        await RefreshAsync(cancellationToken);
        await Registry.CollectAndExportAsTextAsync(output, cancellationToken);
        var latency = await _latency.TextAsync(cancellationToken);
        await output.WriteAsync(System.Text.Encoding.UTF8.GetBytes(latency), cancellationToken);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using (var command = _dataSource.CreateCommand("""
            SELECT coalesce(b.kafka_topic, ''), coalesce(i.kind, 'unknown'), count(*)::bigint,
                   sum(b.rows_received)::bigint, sum(b.rows_inserted)::bigint, sum(b.rows_quarantined)::bigint,
                   count(*) FILTER (WHERE b.status = 'dead_letter')::bigint
            FROM hx.batches b LEFT JOIN hx.institutions i ON i.code = b.institution_code
            GROUP BY 1, 2
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                string[] labels = [reader.GetString(0), reader.GetString(1)];
                _records.WithLabels(labels).IncTo(reader.GetInt64(2));
                _rowsReceived.WithLabels(labels).IncTo(reader.GetInt64(3));
                _rowsLoaded.WithLabels(labels).IncTo(reader.GetInt64(4));
                _rowsQuarantined.WithLabels(labels).IncTo(reader.GetInt64(5));
                _deadLetters.WithLabels(labels).IncTo(reader.GetInt64(6));
            }
        if (_consumer is not null && _lag is not null && _retries is not null)
        {
            _retries.IncTo(_consumer.Retries);
            var lag = _consumer.Lag;
            foreach (var gone in _lagShown.Where(partition => !lag.ContainsKey(partition)))
                _lag.RemoveLabelled(gone.Topic, gone.Partition.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var ((topic, partition), records) in lag)
                _lag.WithLabels(topic, partition.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set(records);
            _lagShown = [.. lag.Keys];
        }
        await using (var command = _dataSource.CreateCommand("SELECT topic, count(*)::bigint FROM hx.offset_gaps GROUP BY topic"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                _offsetGaps.WithLabels(reader.GetString(0)).Set(reader.GetInt64(1));
    }
}
