namespace HealthExchange.Metrics.Computation;

/// <summary>One institution's figures for one period, as the platform's monthly tables publish them.</summary>
public sealed record InstitutionMetrics(
    string Code,
    string Name,
    string Kind,
    string UploadMethod,
    long RowsUploaded,
    long RowsLoaded,
    int UploadDays,
    long DeadLetterRecords);
