namespace HealthExchange.Metrics.Computation;

/// <summary>
/// One institution's figures for one period: every column of the platform's monthly tables, plus what the province's
/// table of provincial institutions needs (隶属关系 and 检验检查上传量), kept as init properties so the monthly
/// table's shape stays as it is.
/// </summary>
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
    long DeadLetterRecords)
{
    /// <summary>隶属关系 from the registry (中央, 省, 市 …); null = not recorded.</summary>
    public string? Affiliation { get; init; }

    /// <summary>检验检查上传量: rows received for the tables whose catalogue category is <see cref="InspectionTables.Category"/>.</summary>
    public long InspectionRowsUploaded { get; init; }
}
