using System.Globalization;

namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// The alert codes and their zh/en texts, in one place. Codes are stable: scripts and e-mails key on them;
/// docs/alerts.md documents each (a test keeps the two in step).
/// </summary>
internal static class AlertCodes
{
    public const string Silent = "HX6001";
    public const string VolumeOutlier = "HX6002";
    public const string RealtimeDrop = "HX6003";
    public const string VisitsWithoutDocument = "HX6004";
    public const string DocumentsWithoutVisit = "HX6005";

    public static IReadOnlyList<string> All { get; } = [Silent, VolumeOutlier, RealtimeDrop, VisitsWithoutDocument, DocumentsWithoutVisit];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static Alert SilentAlert(string institution, DateOnly asOf, int silentDays, DateOnly? lastUpload, double habitShare) => new(
        Silent, institution, "", asOf, silentDays, 0,
        F($"连续{silentDays}天无上传(最近上传 {lastUpload:yyyy-MM-dd},此前{habitShare:P0}的天数有上传)"),
        F($"no upload for {silentDays} days (last upload {lastUpload:yyyy-MM-dd}; uploaded on {habitShare:P0} of the days before)"));

    public static Alert VolumeOutlierAlert(string institution, string table, DateOnly day, long rows, double median, double score) => new(
        VolumeOutlier, institution, table, day, rows, median,
        F($"{table} 上传量 {rows} 行{(rows > median ? "异常偏高" : "异常偏低")}(近8周中位数 {median:0.#},修正Z值 {score:0.0})"),
        F($"{table}: {rows} rows uploaded, unusually {(rows > median ? "high" : "low")} (trailing median {median:0.#}, modified z-score {score:0.0})"));

    public static Alert RealtimeDropAlert(string institution, string table, DateOnly week, double rate, double previous) => new(
        RealtimeDrop, institution, table, week, Math.Round(rate, 4), Math.Round(previous, 4),
        F($"{table} 实时率 {rate:P1},较上周 {previous:P1} 下降 {(previous - rate) * 100:0.#} 个百分点"),
        F($"{table}: real-time rate {rate:P1}, down {(previous - rate) * 100:0.#} points from {previous:P1} the week before"));

    public static Alert VisitsWithoutDocumentAlert(string institution, string table, DateOnly day, long rows) => new(
        VisitsWithoutDocument, institution, table, day, rows, 0,
        F($"{table} 有 {rows} 条就诊记录没有对应的 C0002 门(急)诊病历文档"),
        F($"{table}: {rows} visit rows have no C0002 outpatient record document"));

    public static Alert DocumentsWithoutVisitAlert(string institution, string table, DateOnly day, long documents) => new(
        DocumentsWithoutVisit, institution, table, day, documents, 0,
        F($"{documents} 份 C0002 门(急)诊病历文档没有对应的 {table} 就诊记录"),
        F($"{documents} C0002 outpatient record documents have no {table} visit row"));
}
