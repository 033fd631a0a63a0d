using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Metrics.Computation;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Api.Hosting;

/// <summary>
/// What the HTTP host reads from: the platform's database, the catalogues in force, the metric settings, a clock; and,
/// only when a pipeline runs in the same process (`hx run`, `hx demo --serve`), its dead-letter replayer — a replay
/// answers the sender on hx.receipts, so it needs the pipeline's Kafka producer, which `hx serve` alone does not have —
/// and its consumer's observations (assignment, lag, retries) for /metrics and /health/ready.
/// </summary>
public sealed record ApiServices(NpgsqlDataSource DataSource, CatalogueSet Catalogues, MetricsOptions Metrics, TimeProvider Time,
    DeadLetterReplayer? Replayer = null, ConsumerObservations? Consumer = null);
