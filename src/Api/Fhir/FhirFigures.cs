namespace HealthExchange.Api.Fhir;

/// <summary>The figures docs/metrics.md defines, as the FHIR Measures the platform publishes.</summary>
internal static class FhirFigures
{
    public const string CanonicalBase = "https://healthexchange.invalid/fhir/Measure/";
    public const string ReportMeasureId = "hx-platform-report";
    public const string FigureSystem = "https://healthexchange.invalid/fhir/CodeSystem/figure";

    public static IReadOnlyList<FhirFigure> All { get; } =
    [
        new("rows-uploaded", "数据上传量", "rows uploaded", false, m => m.RowsUploaded),
        new("rows-loaded", "入库数据量", "rows loaded", false, m => m.RowsLoaded),
        new("upload-days", "数据上传天数", "upload days", false, m => m.UploadDays),
        new("uploaded-tables", "实际上传表数", "tables uploaded", false, m => m.UploadedTables),
        new("outpatient-visits", "门急诊信息上传人次", "outpatient visits uploaded", false, m => m.OutpatientVisits),
        new("discharges", "出院信息上传人次", "discharges uploaded", false, m => m.Discharges),
        new("outpatient-realtime-rate", "门急诊实时上传率", "outpatient real-time rate", true, m => m.OutpatientRealtimeRate,
            m => m.OutpatientRealtimeRate is { } rate ? (long)Math.Round(rate * m.OutpatientVisits) : null, m => m.OutpatientVisits),
        new("discharge-realtime-rate", "出院实时上传率", "discharge real-time rate", true, m => m.DischargeRealtimeRate,
            m => m.DischargeRealtimeRate is { } rate ? (long)Math.Round(rate * m.Discharges) : null, m => m.Discharges),
        new("health-records-basic", "健康档案基本信息累计上传量", "health records (basic), cumulative", false, m => m.HealthRecordsBasic),
        new("health-records-hypertension", "高血压档案累计上传量", "hypertension records, cumulative", false, m => m.HealthRecordsHypertension),
        new("health-records-diabetes", "糖尿病档案累计上传量", "diabetes records, cumulative", false, m => m.HealthRecordsDiabetes),
    ];
}
