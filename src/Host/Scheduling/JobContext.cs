using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Computation;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Host.Scheduling;

/// <summary>What the scheduled jobs work with, registered once in the scheduler's container.</summary>
public sealed record JobContext(NpgsqlDataSource DataSource, CatalogueSet Catalogues, MetricsOptions Metrics, TimeProvider Time, AlertOptions? AlertRules = null)
{
    public AlertOptions Alerts => AlertRules ?? new AlertOptions();
}
