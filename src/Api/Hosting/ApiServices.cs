using HealthExchange.Metrics.Computation;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Api.Hosting;

/// <summary>What the HTTP host reads from: the platform's database, the catalogues in force, the metric settings, a clock.</summary>
public sealed record ApiServices(NpgsqlDataSource DataSource, CatalogueSet Catalogues, MetricsOptions Metrics, TimeProvider Time);
