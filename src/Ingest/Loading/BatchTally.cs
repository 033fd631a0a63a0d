using HealthExchange.Validation.Checking;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// What a load has seen of its batch so far, whichever way its accepted rows go into PostgreSQL: every row counted
/// once as received, and the rejected ones kept for quarantine.
/// </summary>
internal sealed class BatchTally
{
    public int Received { get; private set; }
    public int Accepted { get; private set; }
    public int Warnings { get; set; }
    public List<ValidatedRow> Rejected { get; } = [];

    /// <summary>Counts <paramref name="row"/>; true when it is accepted and must be loaded.</summary>
    public bool Take(ValidatedRow row)
    {
        Received++;
        Warnings += row.Warnings;
        if (row.Rejected)
        {
            Rejected.Add(row);
            return false;
        }
        Accepted++;
        return true;
    }
}
