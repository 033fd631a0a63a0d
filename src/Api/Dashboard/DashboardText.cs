namespace HealthExchange.Api.Dashboard;

/// <summary>The dashboard's labels: Chinese by default (the operators' language), English with ?lang=en.</summary>
public sealed record DashboardText(bool English)
{
    public static DashboardText From(string? lang) => new(string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase));

    public string Lang => English ? "en" : "zh";

    public string this[string key] => Labels.TryGetValue(key, out var pair) ? (English ? pair.En : pair.Zh) : key;

    private static readonly Dictionary<string, (string Zh, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["title"] = ("健康数据交换平台 · 运行看板", "HealthExchange · operator dashboard"),
        ["home"] = ("首页", "Home"),
        ["alerts"] = ("告警", "Alerts"),
        ["logout"] = ("退出", "Log out"),
        ["login"] = ("登录", "Log in"),
        ["token"] = ("访问令牌", "Access token"),
        ["loginHelp"] = ("请输入由 hx tokens create 生成的令牌。", "Enter a token made by hx tokens create."),
        ["loginFailed"] = ("令牌无效、已过期或已吊销。", "The token is unknown, expired or revoked."),
        ["forbidden"] = ("此令牌无权查看该机构。", "This token may not view that institution."),
        ["notFound"] = ("未找到。", "Not found."),
        ["period"] = ("统计期", "Period"),
        ["threshold"] = ("符合率阈值(%)", "Rate threshold (%)"),
        ["show"] = ("显示", "Show"),
        ["district"] = ("区县平台", "District platforms"),
        ["hospital"] = ("医院", "Hospitals"),
        ["platformTotal"] = ("平台合计", "Platform total"),
        ["cumulative"] = ("平台累计校验入库数据", "Platform cumulative rows validated and loaded"),
        ["published"] = ("已发布快照", "Published snapshot"),
        ["notPublished"] = ("本期尚未发布。", "This period is not published yet."),
        ["restated"] = ("发布后已更正（括号内为发布值）", "Restated after publication (published value in brackets)"),
        ["daily"] = ("每日上传量与入库量", "Daily rows uploaded and loaded"),
        ["uploaded"] = ("上传", "uploaded"),
        ["loaded"] = ("入库", "loaded"),
        ["realtime"] = ("实时数据符合率", "Real-time rate"),
        ["outpatientRate"] = ("门急诊实时数据符合率", "Outpatient real-time rate"),
        ["dischargeRate"] = ("出院实时数据符合率", "Discharge real-time rate"),
        ["tables"] = ("申明与上传的表", "Declared and uploaded tables"),
        ["table"] = ("表", "Table"),
        ["tableName"] = ("表名", "Table name"),
        ["required"] = ("规定", "Required"),
        ["declared"] = ("申明", "Declared"),
        ["rowsUploaded"] = ("数据上传量", "Rows uploaded"),
        ["rowsLoaded"] = ("入库数据量", "Rows loaded"),
        ["rowsQuarantined"] = ("隔离行数", "Rows quarantined"),
        ["missing"] = ("未上传", "missing"),
        ["yes"] = ("是", "yes"),
        ["no"] = ("否", "no"),
        ["batches"] = ("批次", "Batches"),
        ["batch"] = ("批次号", "Batch"),
        ["status"] = ("状态", "Status"),
        ["reason"] = ("原因代码", "Reason code"),
        ["uploadedAt"] = ("上传时间", "Uploaded at"),
        ["processedAt"] = ("处理时间", "Processed at"),
        ["rowsReceived"] = ("接收行数", "Rows received"),
        ["rowsInserted"] = ("新增入库", "Rows inserted"),
        ["rowsUpdated"] = ("更正", "Rows updated"),
        ["rejected"] = ("被拒绝的行（个人信息已脱敏）", "Rejected rows (personal data masked)"),
        ["row"] = ("行号", "Row"),
        ["code"] = ("问题代码", "Code"),
        ["column"] = ("字段", "Column"),
        ["value"] = ("值（已脱敏）", "Value (masked)"),
        ["messageZh"] = ("说明", "Message (zh)"),
        ["messageEn"] = ("Message (en)", "Message (en)"),
        ["none"] = ("无", "none"),
        ["institution"] = ("机构", "Institution"),
        ["day"] = ("日期", "Day"),
        ["alertValue"] = ("值/期望", "Value / expected"),
        ["message"] = ("说明", "Message"),
        ["receipt"] = ("回执", "Receipt"),
        ["realtimeLines"] = ("各实时表单每日符合率", "Daily real-time rate per form"),
        ["uploadDays"] = ("数据上传天数", "Upload days"),
        ["uploadedDay"] = ("有上传", "rows uploaded"),
        ["silentDay"] = ("无上传", "no upload"),
    };
}
