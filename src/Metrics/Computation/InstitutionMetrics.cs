namespace HealthExchange.Metrics.Computation;

/// <summary>One institution's figures for one period: every column of the platform's monthly tables.</summary>
public sealed record InstitutionMetrics(
    string Code,
    string Name,
    string Kind,
    string UploadMethod,
    int? DeclaredTables,
    int RequiredTables,
    int UploadedTables,
    long RowsUploaded,
    long RowsLoaded,
    int UploadDays,
    int RealtimeFormsMet,
    int RealtimeForms,
    long OutpatientVisits,
    decimal? OutpatientRealtimeRate,
    long Discharges,
    decimal? DischargeRealtimeRate,
    long? HealthRecordsBasic,
    long? HealthRecordsHypertension,
    long? HealthRecordsDiabetes,
    long DeadLetterRecords);
