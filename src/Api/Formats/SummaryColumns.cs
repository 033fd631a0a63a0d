using HealthExchange.Metrics.Summaries;

namespace HealthExchange.Api.Formats;

/// <summary>
/// The summaries' columns, in order, once for JSON, CSV and Arrow alike: the period, the institution, and every figure
/// the monthly report publishes (docs/metrics.md). A null is a figure the newsletter prints as "/".
/// </summary>
internal static class SummaryColumns
{
    public static IReadOnlyList<SummaryColumn> All { get; } =
    [
        new("period", "统计期", SummaryValueType.Text, row => row.Period.Label),
        new("periodFrom", "统计期起", SummaryValueType.Date, row => row.Period.From),
        new("periodToExclusive", "统计期止（不含）", SummaryValueType.Date, row => row.Period.To),
        new("code", "机构代码", SummaryValueType.Text, row => row.Figures.Code),
        new("name", "机构名称", SummaryValueType.Text, row => row.Figures.Name),
        new("kind", "机构类别", SummaryValueType.Text, row => row.Figures.Kind),
        new("uploadMethod", "上传方式", SummaryValueType.Text, row => row.Figures.UploadMethod),
        new("affiliation", "隶属关系", SummaryValueType.Text, row => row.Figures.Affiliation),
        new("declaredTables", "申明上传表", SummaryValueType.Count, row => row.Figures.DeclaredTables),
        new("requiredTables", "应上传表", SummaryValueType.Count, row => row.Figures.RequiredTables),
        new("uploadedTables", "实际上传表", SummaryValueType.Count, row => row.Figures.UploadedTables),
        new("rowsUploaded", "数据上传量", SummaryValueType.Total, row => row.Figures.RowsUploaded),
        new("rowsLoaded", "入库数据量", SummaryValueType.Total, row => row.Figures.RowsLoaded),
        new("inspectionRowsUploaded", "检验检查上传量", SummaryValueType.Total, row => row.Figures.InspectionRowsUploaded),
        new("uploadDays", "数据上传天数", SummaryValueType.Count, row => row.Figures.UploadDays),
        new("realtimeFormsMet", "实时上传表单数", SummaryValueType.Count, row => row.Figures.RealtimeFormsMet),
        new("realtimeForms", "实时表单总数", SummaryValueType.Count, row => row.Figures.RealtimeForms),
        new("outpatientVisits", "门急诊信息上传人次", SummaryValueType.Total, row => row.Figures.OutpatientVisits),
        new("outpatientRealtimeRate", "门急诊实时上传率", SummaryValueType.Rate, row => row.Figures.OutpatientRealtimeRate),
        new("discharges", "出院信息上传人次", SummaryValueType.Total, row => row.Figures.Discharges),
        new("dischargeRealtimeRate", "出院实时上传率", SummaryValueType.Rate, row => row.Figures.DischargeRealtimeRate),
        new("healthRecordsBasic", "健康档案基本信息累计", SummaryValueType.Total, row => row.Figures.HealthRecordsBasic),
        new("healthRecordsHypertension", "高血压档案累计", SummaryValueType.Total, row => row.Figures.HealthRecordsHypertension),
        new("healthRecordsDiabetes", "糖尿病档案累计", SummaryValueType.Total, row => row.Figures.HealthRecordsDiabetes),
        new("deadLetterRecords", "死信记录数", SummaryValueType.Total, row => row.Figures.DeadLetterRecords),
        // Denominators from statistical reporting (hx institutions expected import) and the 上传率 they give; null = "/".
        new("expectedOutpatientVisits", "门急诊人次（统计报表）", SummaryValueType.Total, row => row.Expected?.OutpatientVisits),
        new("outpatientUploadRate", "门急诊信息上传率", SummaryValueType.Rate, row => SummaryRow.Rate(row.Figures.OutpatientVisits, row.Expected?.OutpatientVisits)),
        new("expectedDischarges", "出院人次（统计报表）", SummaryValueType.Total, row => row.Expected?.Discharges),
        new("dischargeUploadRate", "出院信息上传率", SummaryValueType.Rate, row => SummaryRow.Rate(row.Figures.Discharges, row.Expected?.Discharges)),
        new("expectedResidents", "常住人口", SummaryValueType.Total, row => row.Expected?.Residents),
        new("healthRecordBasicRate", "健康档案上传率（基本信息）", SummaryValueType.Rate, row => SummaryRow.Rate(row.Figures.HealthRecordsBasic, row.Expected?.Residents)),
        new("expectedHypertensionPatients", "高血压登记患者数", SummaryValueType.Total, row => row.Expected?.HypertensionPatients),
        new("healthRecordHypertensionRate", "健康档案上传率（高血压）", SummaryValueType.Rate, row => SummaryRow.Rate(row.Figures.HealthRecordsHypertension, row.Expected?.HypertensionPatients)),
        new("expectedDiabetesPatients", "糖尿病登记患者数", SummaryValueType.Total, row => row.Expected?.DiabetesPatients),
        new("healthRecordDiabetesRate", "健康档案上传率（糖尿病）", SummaryValueType.Rate, row => SummaryRow.Rate(row.Figures.HealthRecordsDiabetes, row.Expected?.DiabetesPatients)),
    ];

    public static Dictionary<string, object?> Fields(SummaryRow row) => All.ToDictionary(column => column.Key, column => column.Value(row));
}
