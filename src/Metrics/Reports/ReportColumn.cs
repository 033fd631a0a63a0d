using System.Globalization;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>
/// A column of the published table: the newsletter's Chinese heading, an English heading, a stable JSON key,
/// the value for machines (<see cref="Value"/>) and the text the newsletter prints (<see cref="Text"/>).
/// </summary>
public sealed record ReportColumn(string Key, string HeadingZh, string HeadingEn, Func<InstitutionMetrics, object?> Value,
    Func<InstitutionMetrics, string> Text, bool DistrictsOnly = false, bool Numeric = true)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>In the newsletter's order; the three health-record columns only in the districts' table.</summary>
    public static IReadOnlyList<ReportColumn> Standard { get; } =
    [
        new("institution", "机构", "Institution", r => r.Name, r => r.Name, Numeric: false),
        new("code", "机构代码", "Code", r => r.Code, r => r.Code, Numeric: false),
        new("uploadMethod", "上传方式", "Upload method", r => r.UploadMethod, r => r.UploadMethod, Numeric: false),
        new("declaredTables", "申明上传表/规定上传表", "Declared / required tables", r => r.DeclaredTables,
            r => $"{(r.DeclaredTables is { } declared ? declared.ToString(Invariant) : "未反馈")}/{r.RequiredTables.ToString(Invariant)}"),
        new("uploadedTables", "已上传表/CDA文档", "Tables / CDA types uploaded", r => r.UploadedTables, r => r.UploadedTables.ToString(Invariant)),
        new("rowsUploaded", "数据上传量", "Rows uploaded", r => r.RowsUploaded, r => r.RowsUploaded.ToString(Invariant)),
        new("rowsLoaded", "入库数据量", "Rows loaded", r => r.RowsLoaded, r => r.RowsLoaded.ToString(Invariant)),
        new("uploadDays", "数据上传天数", "Upload days", r => r.UploadDays, r => r.UploadDays.ToString(Invariant)),
        new("realtimeForms", "实时数据表单上传情况", "Real-time forms", r => r.RealtimeFormsMet,
            r => $"{r.RealtimeFormsMet.ToString(Invariant)}/{r.RealtimeForms.ToString(Invariant)}"),
        new("outpatientVisits", "门急诊信息上传人次", "Outpatient visits", r => r.OutpatientVisits, r => r.OutpatientVisits.ToString(Invariant)),
        new("outpatientRealtimeRate", "实时数据符合率", "Outpatient real-time rate", r => r.OutpatientRealtimeRate, r => Percent(r.OutpatientRealtimeRate)),
        new("discharges", "出院信息上传人次", "Discharges", r => r.Discharges, r => r.Discharges.ToString(Invariant)),
        new("dischargeRealtimeRate", "实时数据符合率", "Discharge real-time rate", r => r.DischargeRealtimeRate, r => Percent(r.DischargeRealtimeRate)),
        new("healthRecordsBasic", "健康档案累计上传总量(基本信息)", "Health records: basic", r => r.HealthRecordsBasic, r => Count(r.HealthRecordsBasic), DistrictsOnly: true),
        new("healthRecordsHypertension", "健康档案累计上传总量(高血压)", "Health records: hypertension", r => r.HealthRecordsHypertension, r => Count(r.HealthRecordsHypertension), DistrictsOnly: true),
        new("healthRecordsDiabetes", "健康档案累计上传总量(糖尿病)", "Health records: diabetes", r => r.HealthRecordsDiabetes, r => Count(r.HealthRecordsDiabetes), DistrictsOnly: true),
    ];

    /// <summary>The columns of one table: the districts' table carries the health-record totals, the hospitals' does not.</summary>
    public static IReadOnlyList<ReportColumn> For(string? kind) =>
        kind == "hospital" ? Standard.Where(column => !column.DistrictsOnly).ToList() : Standard;

    public string Heading(bool english) => english ? HeadingEn : HeadingZh;

    /// <summary>91.80% as the newsletter prints it; "/" when no record arrived within the limit.</summary>
    public static string Percent(decimal? rate) => rate is { } value ? (value * 100).ToString("0.00", Invariant) + "%" : "/";

    private static string Count(long? value) => value?.ToString(Invariant) ?? "";
}
